/// A byte-level tokenizer of one workbook part's XML (SpreadsheetML), fed piece by piece from its
/// ZIP entry: start and end tags, empty-element tags and text, each whole in `buffer` until the
/// next call. Comments and processing instructions are skipped; CDATA is text. Any DTD or entity
/// declaration (`<!DOCTYPE`, `<!ENTITY`) stops the read: no entity is ever expanded, and text
/// decodes only the five predefined entities and numeric character references.
struct XMLTokenizer {
    enum Token { case start, empty, end, text, done }

    private enum Step {
        case token(Token)
        case skip
        case needMore
    }

    static let piece = 1 << 18

    private(set) var buffer: [UInt8] = []
    private var position = 0
    private var dropped = 0
    private let reader: ZIPEntryReader
    /// The current tag's local name (no prefix), and its key (see `key`).
    private(set) var nameStart = 0, nameEnd = 0
    private(set) var nameKey: UInt64 = 0
    /// The current tag's attributes, or the current text.
    private(set) var bodyStart = 0, bodyEnd = 0
    /// True when the current text is CDATA (nothing in it to decode).
    private(set) var isRawText = false

    init(reader: ZIPEntryReader) {
        self.reader = reader
    }

    var part: String { reader.entry.path }

    /// Byte offset of the current position in the part, for messages.
    var offset: Int { dropped + position }

    mutating func next() throws(XLSXProblem) -> Token {
        while true {
            if position >= buffer.count {
                guard try refill() else { return .done }
                continue
            }
            if buffer[position] != Self.lt {
                if let end = find(Self.lt, from: position) {
                    bodyStart = position
                    bodyEnd = end
                    isRawText = false
                    position = end
                    return .text
                }
                if try refill() { continue }
                bodyStart = position
                bodyEnd = buffer.count
                isRawText = false
                position = buffer.count
                return .text
            }
            switch try markup() {
            case .token(let token): return token
            case .skip: continue
            case .needMore:
                guard try refill() else { throw XLSXProblem(.partNotWellFormed(part: part, byte: offset)) }
            }
        }
    }

    /// A name's key: its length and first seven bytes in one integer, so that the readers match a
    /// tag or attribute without comparing arrays (SpreadsheetML's names differ within seven bytes).
    static func key(_ name: StaticString) -> UInt64 {
        key(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount), 0, name.utf8CodeUnitCount)
    }

    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var key = UInt64(min(end - start, 255)) << 56
        var shift: UInt64 = 0
        var i = start
        while i < end && shift < 56 {
            key |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        return key
    }

    /// The raw value of the current tag's attribute whose local name has key `name`.
    func attribute(_ name: UInt64) -> Range<Int>? {
        buffer.withUnsafeBufferPointer { bytes in
            var i = bodyStart
            let end = bodyEnd
            while i < end {
                while i < end && Self.isSpace(bytes[i]) { i += 1 }
                let start = i
                var local = i
                while i < end && bytes[i] != Self.equals && !Self.isSpace(bytes[i]) {
                    if bytes[i] == Self.colon { local = i + 1 }
                    i += 1
                }
                let nameEnd = i
                while i < end && bytes[i] != Self.equals { i += 1 }
                i += 1
                while i < end && Self.isSpace(bytes[i]) { i += 1 }
                guard i < end, bytes[i] == Self.quote || bytes[i] == Self.apostrophe else { return nil }
                let delimiter = bytes[i]
                i += 1
                let valueStart = i
                while i < end && bytes[i] != delimiter { i += 1 }
                let valueEnd = i
                i += 1
                if start < nameEnd && Self.key(bytes, local, nameEnd) == name { return valueStart..<valueEnd }
            }
            return nil
        }
    }

    /// The decoded value of attribute `name` as text.
    func attributeText(_ name: UInt64) throws(XLSXProblem) -> String? {
        guard let range = attribute(name) else { return nil }
        var out: [UInt8] = []
        try appendDecoded(range, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The value of attribute `name` as a non-negative integer.
    func attributeNumber(_ name: UInt64) -> Int? {
        guard let range = attribute(name), !range.isEmpty, range.count < 10 else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            var value = 0
            for i in range {
                guard bytes[i] >= 48 && bytes[i] <= 57 else { return nil }
                value = value * 10 + Int(bytes[i] - 48)
            }
            return value
        }
    }

    /// The column number (A = 1) of a cell reference in attribute `name`; 16,385 past XFD.
    func attributeColumn(_ name: UInt64) -> Int? {
        guard let range = attribute(name) else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            var number = 0
            for i in range {
                guard bytes[i] >= 65 && bytes[i] <= 90 else { break }
                number = min(number * 26 + Int(bytes[i] - 64), 16_385)
            }
            return number > 0 ? number : nil
        }
    }

    /// The key of attribute `name`'s value, or 0 when the tag has no such attribute.
    func attributeKey(_ name: UInt64) -> UInt64 {
        guard let range = attribute(name) else { return 0 }
        return buffer.withUnsafeBufferPointer { Self.key($0, range.lowerBound, range.upperBound) }
    }

    /// Appends the current text, decoded, to `out`.
    func appendText(to out: inout [UInt8]) throws(XLSXProblem) {
        if isRawText {
            out.append(contentsOf: buffer[bodyStart..<bodyEnd])
        } else {
            try appendDecoded(bodyStart..<bodyEnd, to: &out)
        }
    }

    /// Appends `range` of the buffer to `out` with its character and entity references decoded.
    func appendDecoded(_ range: Range<Int>, to out: inout [UInt8]) throws(XLSXProblem) {
        var failure: XLSXProblem?
        buffer.withUnsafeBufferPointer { bytes in
            var run = range.lowerBound
            var i = run
            while i < range.upperBound {
                guard bytes[i] == Self.ampersand else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                var end = i + 1
                while end < range.upperBound && bytes[end] != Self.semicolon && end - i < 40 { end += 1 }
                guard end < range.upperBound, bytes[end] == Self.semicolon else {
                    failure = XLSXProblem(.partNotWellFormed(part: part, byte: dropped + i))
                    return
                }
                let name = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end])
                if let scalar = Self.reference(name) {
                    out.append(contentsOf: String(Character(scalar)).utf8)
                } else if name.first == UInt8(ascii: "#") {
                    failure = XLSXProblem(.partNotWellFormed(part: part, byte: dropped + i))
                    return
                } else {
                    failure = XLSXProblem(.undeclaredEntity(part: part, entity: String(decoding: name, as: UTF8.self)))
                    return
                }
                i = end + 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<range.upperBound]))
        }
        if let failure { throw failure }
    }

    /// The character a predefined entity or a numeric character reference stands for.
    private static func reference(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case let text where text.hasPrefix("#x"): return UInt32(text.dropFirst(2), radix: 16).flatMap(Self.character)
        case let text where text.hasPrefix("#"): return UInt32(text.dropFirst(1), radix: 10).flatMap(Self.character)
        default: return nil
        }
    }

    /// A scalar XML allows as a character reference.
    private static func character(_ value: UInt32) -> Unicode.Scalar? {
        guard value == 0x9 || value == 0xA || value == 0xD || value >= 0x20 else { return nil }
        return Unicode.Scalar(value)
    }

    /// Reads the markup at `position` (a `<`) when all of it is in the buffer.
    private mutating func markup() throws(XLSXProblem) -> Step {
        let n = buffer.count
        let p = position
        guard p + 1 < n else { return .needMore }
        let second = buffer[p + 1]
        if second == Self.slash {
            guard let close = find(Self.gt, from: p + 2) else { return .needMore }
            var end = close
            while end > p + 2 && Self.isSpace(buffer[end - 1]) { end -= 1 }
            setName(p + 2, end)
            bodyStart = end
            bodyEnd = end
            position = close + 1
            return .token(.end)
        }
        if second == Self.question {
            guard let close = find(Self.pi, from: p + 2) else { return .needMore }
            position = close + 2
            return .skip
        }
        if second == Self.bang {
            switch starts(Self.comment, at: p) {
            case nil: return .needMore
            case true?:
                guard let close = find(Self.commentEnd, from: p + 4) else { return .needMore }
                position = close + 3
                return .skip
            case false?: break
            }
            switch starts(Self.cdata, at: p) {
            case nil: return .needMore
            case true?:
                guard let close = find(Self.cdataEnd, from: p + 9) else { return .needMore }
                bodyStart = p + 9
                bodyEnd = close
                isRawText = true
                position = close + 3
                return .token(.text)
            case false?:
                throw XLSXProblem(.partDeclaresDTD(part: part))
            }
        }
        return buffer.withUnsafeBufferPointer { bytes in
            var i = p + 1
            while i < n && !Self.isSpace(bytes[i]) && bytes[i] != Self.gt && bytes[i] != Self.slash { i += 1 }
            let nameEnd = i
            var quote: UInt8 = 0
            while i < n {
                let byte = bytes[i]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == Self.gt {
                    break
                } else if byte == Self.quote || byte == Self.apostrophe {
                    quote = byte
                }
                i += 1
            }
            guard i < n else { return .needMore }
            setName(p + 1, nameEnd)
            let empty = i > nameEnd && bytes[i - 1] == Self.slash
            bodyStart = nameEnd
            bodyEnd = empty ? i - 1 : i
            position = i + 1
            return .token(empty ? .empty : .start)
        }
    }

    private mutating func setName(_ start: Int, _ end: Int) {
        nameStart = start
        nameEnd = end
        buffer.withUnsafeBufferPointer { bytes in
            var i = end
            while i > start {
                if bytes[i - 1] == Self.colon {
                    nameStart = i
                    break
                }
                i -= 1
            }
            nameKey = Self.key(bytes, nameStart, end)
        }
    }

    /// Whether the buffer holds `literal` at `at`; nil while too few bytes are in to tell.
    private func starts(_ literal: [UInt8], at: Int) -> Bool? {
        let available = min(literal.count, buffer.count - at)
        for index in 0..<available where buffer[at + index] != literal[index] { return false }
        if available < literal.count { return reader.isFinished ? false : nil }
        return true
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            var i = start
            while i < bytes.count {
                if bytes[i] == byte { return i }
                i += 1
            }
            return nil
        }
    }

    private func find(_ literal: [UInt8], from start: Int) -> Int? {
        var i = start
        while let hit = find(literal[0], from: i) {
            guard hit + literal.count <= buffer.count else { return nil }
            if buffer[hit..<(hit + literal.count)].elementsEqual(literal) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// Drops what was read and appends the next piece (at least as much as is kept, so a long token
    /// is scanned a bounded number of times); false at the end of the part.
    private mutating func refill() throws(XLSXProblem) -> Bool {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            dropped += position
            position = 0
        }
        return try reader.append(to: &buffer, count: max(Self.piece, buffer.count))
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    private static let question = UInt8(ascii: "?"), bang = UInt8(ascii: "!"), colon = UInt8(ascii: ":")
    private static let equals = UInt8(ascii: "="), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    private static let ampersand = UInt8(ascii: "&"), semicolon = UInt8(ascii: ";")
    private static let pi = Array("?>".utf8), comment = Array("<!--".utf8), commentEnd = Array("-->".utf8)
    private static let cdata = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
}
