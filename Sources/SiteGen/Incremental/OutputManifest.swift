/// The files of a finished build with a fingerprint of their bytes, so the next build in the same
/// process (`sitegen serve`) can skip writing files that did not change.
public struct OutputManifest: Sendable {
    /// Size and a 64-bit FNV-style hash of a file's bytes, eight bytes at a time.
    public struct Fingerprint: Sendable, Hashable {
        public var size: Int
        public var hash: UInt64

        public init(_ bytes: [UInt8]) {
            var builder = Builder()
            builder.add(bytes)
            self = builder.finish()
        }

        init(size: Int, hash: UInt64) {
            self.size = size
            self.hash = hash
        }

        /// The fingerprint of bytes given in pieces: the same as of the pieces joined.
        public struct Builder: Sendable {
            private var h: UInt64 = 0xcbf2_9ce4_8422_2325
            private var size = 0
            /// The last bytes of a piece that did not fill a word, carried to the next piece.
            private var carry: [UInt8] = []
            private static let prime: UInt64 = 0x100_0000_01b3

            public init() {}

            public mutating func add(_ bytes: [UInt8]) {
                size += bytes.count
                let joined = carry.isEmpty ? bytes : carry + bytes
                let whole = joined.count / 8 * 8
                joined.withUnsafeBytes { raw in
                    // Eight bytes per step: the hash only has to tell one build's file from the next.
                    var offset = 0
                    while offset < whole {
                        h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* Self.prime
                        h ^= h >> 29
                        offset += 8
                    }
                }
                carry = Array(joined[whole...])
            }

            public func finish() -> Fingerprint {
                var h = self.h
                for byte in carry { h = (h ^ UInt64(byte)) &* Self.prime }
                return Fingerprint(size: size, hash: h)
            }
        }
    }

    public var files: [String: Fingerprint] = [:]

    public init() {}
}
