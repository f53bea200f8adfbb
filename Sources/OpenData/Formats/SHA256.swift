import CCrypto

/// SHA-256 (FIPS 180-4) over bytes, for the `hash` and `checksum` stated in the catalog metadata.
/// OpenSSL's libcrypto does the work: the catalog hashes every published file (gigabytes at
/// national scale), and its assembly runs several times faster than a Swift loop.
public enum SHA256 {
    /// The 32-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let status = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBufferPointer { output in
                EVP_Digest(input.baseAddress, input.count, output.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        precondition(status == 1 && length == 32, "libcrypto could not compute a SHA-256")
        return digest
    }

    /// The digest as 64 lower-case hexadecimal digits.
    public static func hex(_ bytes: [UInt8]) -> String { hex(digest: digest(bytes)) }

    static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension SHA256 {
    /// A SHA-256 fed piece by piece, for files written in pieces.
    public final class Hasher {
        private let context = EVP_MD_CTX_new()

        public init() {
            precondition(context != nil && EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1, "libcrypto could not start a SHA-256")
        }

        deinit { EVP_MD_CTX_free(context) }

        public func add(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { _ = EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
        }

        /// The digest of everything added, as 64 lower-case hexadecimal digits.
        public func finish() -> String {
            var digest = [UInt8](repeating: 0, count: 32)
            var length: UInt32 = 0
            let status = digest.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(context, $0.baseAddress, &length) }
            precondition(status == 1 && length == 32, "libcrypto could not finish a SHA-256")
            return SHA256.hex(digest: digest)
        }
    }
}
