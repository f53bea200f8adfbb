// OpenSSL's libcrypto (Debian's libssl-dev): SHA-256 of the published files.
#include <openssl/evp.h>
