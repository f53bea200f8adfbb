/// Cell texts by their bytes, each made into a String once: a national Cuadro 1S repeats the same
/// names (products, goals, sub-agencies) over hundreds of thousands of rows, and one shared String
/// for each both saves memory and spares making and validating the copies.
struct TextPool {
    /// Texts up to this many bytes are stored inside the String itself; pooling them gains nothing.
    static let smallLimit = 15

    private var strings: [String] = []
    private var hashes: [Int] = []
    /// Open addressing: an index into `strings`, or -1.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// The trimmed text of a field, as `ByteText.trimmedString`.
    mutating func trimmedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let trimmed = ByteText.asciiTrimmed(bytes) else { return String(decoding: bytes, as: UTF8.self).trimmedWhitespace }
        return string(trimmed)
    }

    /// `String(decoding: bytes, as: UTF8.self)`, shared with every earlier equal text.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count <= Self.smallLimit { return String(decoding: bytes, as: UTF8.self) }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.finalize()
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash && Self.equal(strings[index], bytes) { return strings[index] }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: bytes, as: UTF8.self)
        slots[slot] = Int32(strings.count)
        strings.append(text)
        hashes.append(hash)
        if strings.count * 2 > slots.count { grow() }
        return text
    }

    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
