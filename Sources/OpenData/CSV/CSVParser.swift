/// One parsed CSV record: its fields and the physical line each field starts on.
public struct CSVRecord: Sendable {
    public var fields: [String]
    /// 1-based physical line of the record's first character.
    public var line: Int
    /// 1-based physical line where each field starts (fields may hold line breaks); empty when
    /// every field starts on `line`.
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
        public var problem: SourceProblem
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
        var records: [CSVRecord] = []
        forEachRecord(in: bytes, problems: &problems) { row in
            records.append(row.record())
            return true
        }
        return records
    }

    /// Hands each record of `bytes` to `body` as it is parsed, in one reused buffer, until `body`
    /// returns false. Records that hold nothing (blank lines) are skipped, as in `parse`.
    public func forEachRecord(in bytes: UnsafeBufferPointer<UInt8>, problems: inout [LayoutProblem],
                              _ body: (CSVRow) -> Bool) {
        var scanner = RecordScanner(bytes: bytes, delimiter: delimiter, keepsFields: true)
        while let found = scanner.next(problems: &problems) {
            guard found else { continue }
            let more = scanner.withRow(body)
            if !more { return }
        }
    }

    /// The layout problems of `bytes` and whether it holds any record, without keeping any field:
    /// what reading a file checks before its records are read.
    public func scanLayout(_ bytes: UnsafeBufferPointer<UInt8>, problems: inout [LayoutProblem]) -> Bool {
        var scanner = RecordScanner(bytes: bytes, delimiter: delimiter, keepsFields: false)
        var any = false
        while let found = scanner.next(problems: &problems) {
            any = any || found
        }
        return any
    }

    /// Guesses the delimiter from the first 30 lines (quoted text ignored): the one of ',', ';', tab
    /// that splits most lines into the same number of fields, as spreadsheets write every row with
    /// the same number of delimiters. Counting consistency rather than occurrences keeps a ';' file
    /// whose free text is full of commas a ';' file. Ties go to the more fields, then to ','.
    public static func detectDelimiter(_ text: String) -> UInt8 {
        detectDelimiter(bytes: text.utf8.prefix(64 * 1024))
    }

    /// `detectDelimiter` over the UTF-8 bytes of a text.
    public static func detectDelimiter(bytes: some Collection<UInt8>) -> UInt8 {
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
        for byte in bytes.prefix(64 * 1024) {
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
