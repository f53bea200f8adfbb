/// `CSVParser`'s state machine, one record per call: fields go into reused buffers (or, for a
/// layout check, nowhere), copied run by run rather than byte by byte.
struct RecordScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    /// False to only follow the layout (lines, quotes, fields) without keeping any byte.
    let keepsFields: Bool

    private var i = 0
    private var line = 1
    private var recordLine = 1
    private var fieldLine = 1
    private var atFieldStart = true
    private var recordHasContent = false
    private var fieldCount = 0
    private var fieldLength = 0
    private var firstFieldEmpty = true
    private var buffer: [UInt8] = []
    private var ends: [Int] = []
    private var lines: [Int] = []

    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, keepsFields: Bool) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.keepsFields = keepsFields
    }

    /// Reads the next record: nil at the end of the bytes, false for a record that holds nothing
    /// (a blank line), true for one to hand over with `withRow`.
    mutating func next(problems: inout [CSVParser.LayoutProblem]) -> Bool? {
        let n = bytes.count
        guard i < n else { return nil }
        buffer.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        recordLine = line
        fieldLine = line
        atFieldStart = true
        recordHasContent = false
        fieldCount = 0
        fieldLength = 0
        firstFieldEmpty = true
        while i < n {
            if atFieldStart && bytes[i] == Self.quote {
                readQuoted(problems: &problems)
                atFieldStart = false
                recordHasContent = true
                continue
            }
            atFieldStart = false
            var j = i
            while j < n {
                let b = bytes[j]
                if b == delimiter || b == Self.cr || b == Self.lf { break }
                j += 1
            }
            append(i, j)
            i = j
            guard i < n else { break }
            let byte = bytes[i]
            if byte == delimiter {
                recordHasContent = true
                endField()
                i += 1
            } else {
                i += (byte == Self.cr && i + 1 < n && bytes[i + 1] == Self.lf) ? 2 : 1
                // End the record before counting the line break, so its last field keeps its own line.
                endField()
                line += 1
                return keeps
            }
        }
        // The end of the bytes ends a record that has begun.
        guard fieldLength > 0 || fieldCount > 0 || recordHasContent else { return nil }
        endField()
        return keeps
    }

    /// Whether the record just read holds anything: a delimiter, a quoted field or some text.
    private var keeps: Bool { recordHasContent || fieldCount > 1 || !firstFieldEmpty }

    /// Reads a quoted field from its opening quote to the closing quote that is not doubled.
    private mutating func readQuoted(problems: inout [CSVParser.LayoutProblem]) {
        let n = bytes.count
        let openLine = line
        let openColumn = fieldCount + 1
        i += 1
        var closed = false
        while i < n {
            var j = i
            while j < n {
                let b = bytes[j]
                if b == Self.quote || b == Self.cr || b == Self.lf { break }
                j += 1
            }
            append(i, j)
            i = j
            guard i < n else { break }
            let b = bytes[i]
            if b == Self.quote {
                if i + 1 < n && bytes[i + 1] == Self.quote {
                    appendByte(Self.quote)
                    i += 2
                    continue
                }
                i += 1
                closed = true
                break
            }
            // Line breaks inside a field are kept as LF, whatever the file used.
            line += 1
            appendByte(Self.lf)
            i += (b == Self.cr && i + 1 < n && bytes[i + 1] == Self.lf) ? 2 : 1
        }
        if !closed {
            problems.append(CSVParser.LayoutProblem(line: openLine, column: openColumn, problem: .unclosedQuote))
        }
    }

    private mutating func append(_ start: Int, _ end: Int) {
        guard end > start else { return }
        fieldLength += end - start
        if keepsFields { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
    }

    private mutating func appendByte(_ byte: UInt8) {
        fieldLength += 1
        if keepsFields { buffer.append(byte) }
    }

    private mutating func endField() {
        if keepsFields {
            ends.append(buffer.count)
            lines.append(fieldLine)
        }
        fieldCount += 1
        if fieldCount == 1 { firstFieldEmpty = fieldLength == 0 }
        fieldLength = 0
        atFieldStart = true
        fieldLine = line
    }

    /// Hands the record just read to `body`.
    func withRow<R>(_ body: (CSVRow) -> R) -> R {
        buffer.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                lines.withUnsafeBufferPointer { lines in
                    body(CSVRow(bytes: bytes, ends: ends, lines: lines, line: recordLine))
                }
            }
        }
    }
}
