/// One parsed CSV record: its fields and the physical line each field starts on.
public struct CSVRecord: Sendable {
    public var fields: [String]
    /// 1-based physical line of the record's first character.
    public var line: Int
    /// 1-based physical line where each field starts (fields may hold line breaks).
    public var fieldLines: [Int]

    public subscript(index: Int) -> String {
        fields.indices.contains(index) ? fields[index] : ""
    }
}

/// An RFC 4180 parser over UTF-8 bytes that also accepts what spreadsheets write: ';' delimiters,
/// CRLF, LF or CR line ends, quoted fields with line breaks, and stray quotes inside unquoted fields.
/// Hand-written because it is the hot path of every build (see TECH-NOTES: ~10x faster than the
/// CSV packages).
public struct CSVParser: Sendable {
    public var delimiter: UInt8

    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// A problem in the byte layout, e.g. a quoted field that never closes.
    public struct LayoutProblem: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Parses the whole text; `problems` receives layout problems (the parser recovers from them).
    public func parse(_ text: String, problems: inout [LayoutProblem]) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var copy = text
        copy.withUTF8 { bytes in
            records = parse(bytes: bytes, problems: &problems)
        }
        return records
    }

    public func parse(bytes: UnsafeBufferPointer<UInt8>, problems: inout [LayoutProblem]) -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [CSVRecord] = []
        var fields: [String] = []
        var fieldLines: [Int] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var fieldLine = 1
        var i = 0
        let n = bytes.count
        var atFieldStart = true
        var recordHasContent = false

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            fieldLines.append(fieldLine)
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
            fieldLine = line
        }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 || !(fields.first ?? "").isEmpty {
                records.append(CSVRecord(fields: fields, line: recordLine, fieldLines: fieldLines))
            }
            fields.removeAll(keepingCapacity: true)
            fieldLines.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        while i < n {
            let byte = bytes[i]
            if atFieldStart && byte == quote {
                // Quoted field: read until the closing quote that is not doubled.
                let openLine = line
                let openColumn = fields.count + 1
                i += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if b == cr || b == lf {
                        // Line breaks inside a field are kept as LF, whatever the file used.
                        line += 1
                        field.append(lf)
                        i += (b == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                        continue
                    }
                    field.append(b)
                    i += 1
                }
                if !closed {
                    problems.append(LayoutProblem(line: openLine, column: openColumn,
                                                  message: "quoted field never closes"))
                }
                atFieldStart = false
                recordHasContent = true
                continue
            }
            atFieldStart = false
            if byte == delimiter {
                recordHasContent = true
                endField()
                i += 1
            } else if byte == cr || byte == lf {
                i += (byte == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                // End the record before counting the line break, so its last field keeps its own line.
                endRecord()
                line += 1
                fieldLine = line
                recordLine = line
            } else {
                field.append(byte)
                i += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty || recordHasContent {
            endRecord()
        }
        return records
    }

    /// Guesses the delimiter from the first 30 lines (quoted text ignored): the one of ',', ';', tab
    /// that splits most lines into the same number of fields, as spreadsheets write every row with
    /// the same number of delimiters. Counting consistency rather than occurrences keeps a ';' file
    /// whose free text is full of commas a ';' file. Ties go to the more fields, then to ','.
    public static func detectDelimiter(_ text: String) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var perLine: [[Int]] = Array(repeating: [], count: candidates.count)
        var current = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var lineHasContent = false
        func endLine() {
            if lineHasContent {
                for index in candidates.indices { perLine[index].append(current[index]) }
            }
            current = [Int](repeating: 0, count: candidates.count)
            lineHasContent = false
        }
        for byte in text.utf8.prefix(64 * 1024) {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); lineHasContent = true; continue }
            if inQuotes { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                endLine()
                if perLine[0].count >= 30 { break }
                continue
            }
            lineHasContent = true
            if let index = candidates.firstIndex(of: byte) { current[index] += 1 }
        }
        endLine()
        var best: (index: Int, lines: Int, fields: Int)?
        for index in candidates.indices {
            var frequency: [Int: Int] = [:]
            for count in perLine[index] where count > 0 { frequency[count, default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if best == nil || (mode.value, mode.key) > (best!.lines, best!.fields) { best = (index, mode.value, mode.key) }
        }
        return candidates[best?.index ?? 0]
    }
}
