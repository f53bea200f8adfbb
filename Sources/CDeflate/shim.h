// zlib (Debian's zlib1g-dev): raw deflate and CRC-32 for the ZIP archives and spreadsheets.
#include <zlib.h>
