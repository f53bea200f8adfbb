/// Cell text read straight from a CSV field's UTF-8 bytes, with the same results as making a String
/// and trimming it (`trimmedWhitespace`), but without the String when it is not needed.
public enum ByteText {
    /// ASCII characters with the Unicode White_Space property: tab, line breaks, space.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// True when the field is empty or holds only whitespace.
    public static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawOther = false
        for byte in bytes where !isASCIIWhitespace(byte) {
            if byte < 0x80 { return false }
            sawOther = true
        }
        // Non-ASCII characters may be whitespace too (no-break space, U+2028…): ask the String.
        return !sawOther || String(decoding: bytes, as: UTF8.self).trimmedWhitespace.isEmpty
    }

    /// The field without ASCII whitespace at its ends; nil when an end is not ASCII (it might be
    /// another whitespace character, which only the String reading knows).
    public static func asciiTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var start = 0, end = bytes.count
        while start < end && isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start && isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        if start < end && (bytes[start] >= 0x80 || bytes[end - 1] >= 0x80) { return nil }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The field as trimmed text: `String(decoding: bytes, as: UTF8.self).trimmedWhitespace`.
    public static func trimmedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let trimmed = asciiTrimmed(bytes) else { return String(decoding: bytes, as: UTF8.self).trimmedWhitespace }
        return trimmed.isEmpty ? "" : String(decoding: trimmed, as: UTF8.self)
    }
}
