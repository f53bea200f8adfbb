import Testing
@testable import OpenData

/// The streaming reading (records parsed one at a time, cells read from bytes) gives exactly what
/// the reading that made every field a String gave.
@Suite(.tags(.unit)) struct StreamingReadTests {
    /// A fixed-seed generator, so failures repeat.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let tricky = [
        "", "\n", "\r\n\r\n", "a", "a,b\r\n\"x\r\ny\",2\r\n3,\"he said \"\"hi\"\"\"\n", "\"open,\nnever closes",
        "a,\"b\"c,d\n", "\"\"", ",", "x\r", "x\ry\rz", "a;b\n\n\n;\n", "\"a\"\"\",\"\n\"\n", "é,\"ñ\r\n\",  \n",
    ]

    func randomText(_ generator: inout SplitMix) -> String {
        let alphabet: [String] = ["a", "b", ",", ";", "\"", "\"", "\r", "\n", "\r\n", " ", "é", "1"]
        let length = Int.random(in: 0...40, using: &generator)
        return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    func describe(_ records: [CSVRecord]) -> [String] {
        records.map { "\($0.line) \($0.fieldLines) \($0.fields)" }
    }

    @Test func parserMatchesTheWholeFileParser() {
        var generator = SplitMix(state: 7)
        let texts = Self.tricky + (0..<3000).map { _ in randomText(&generator) }
        for text in texts {
            for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";")] {
                var expectedProblems: [CSVParser.LayoutProblem] = []
                let expected = ReferenceParser(delimiter: delimiter).parse(Array(text.utf8), problems: &expectedProblems)
                var problems: [CSVParser.LayoutProblem] = []
                let records = CSVParser(delimiter: delimiter).parse(text, problems: &problems)
                #expect(describe(records) == describe(expected), "\(text.debugDescription)")
                #expect(problems == expectedProblems, "\(text.debugDescription)")
                var layoutProblems: [CSVParser.LayoutProblem] = []
                var copy = text
                let hasRecords = copy.withUTF8 { CSVParser(delimiter: delimiter).scanLayout($0, problems: &layoutProblems) }
                #expect(hasRecords == !expected.isEmpty, "\(text.debugDescription)")
                #expect(layoutProblems == expectedProblems, "\(text.debugDescription)")
            }
        }
    }

    @Test func sourceStreamsTheSameRecordsItLists() throws {
        var diagnostics = Diagnostics()
        let source = try #require(CSVSource.parse(Array("t\n\na,b\n\"1\n2\",\n x ,\u{00A0}\n".utf8), displayPath: "f.csv",
                                                  diagnostics: &diagnostics))
        var streamed: [CSVRecord] = []
        source.forEachRecord { row in
            streamed.append(row.record())
            return true
        }
        #expect(describe(streamed) == describe(source.records))
        #expect(describe(source.records(prefix: 2)) == describe(Array(source.records.prefix(2))))
        let sheet = CSVSource(path: "s.xlsx", encoding: .xlsx, delimiter: 0, records: source.records)
        var fromSheet: [String] = []
        sheet.forEachRecord { row in
            fromSheet.append("\(row.line) \((0..<row.count).map(row.string)) \((0..<row.count).map { row.line(ofField: $0) })")
            return true
        }
        #expect(fromSheet == ["1 [\"t\"] [1]", "3 [\"a\", \"b\"] [3, 3]", "4 [\"1\\n2\", \"\"] [4, 5]", "6 [\" x \", \"\u{00A0}\"] [6, 6]"])
    }

    static let cells = [
        "", " ", "0", "7", "0123", "6175650", "123456789012345", "1234567890123456", "$ 6.175.650", " 44.893.000 ", "$ -",
        "-1.234", "6175650.0", "1.234.567,89", "N/A", "na", "-", "#N/A", "mil", "0.24", "0.0588", "1", "1.5", "100", "1000",
        "1001", "45%", "45,5 %", "0.00%", ".5", "5.", "1..2", "0.000000000000001", "0.0000000000000001", "45765", "80000",
        "0", "12/31/2025", "1/15/2025", "3/4/2025", "31/12/2025", "13/13/2025", "2025-01-15", "1/2/25", "01/02/2025 00:00",
        "\u{00A0}12\u{00A0}", "\t3\n", "٣", "１２", "1/1//2025", "/1/2025", "1/1/20255", "99999999999999999999",
    ]

    func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func cellsReadFromBytesAsFromText() {
        var generator = SplitMix(state: 11)
        let alphabet: [String] = ["0", "1", "9", "5", ".", ",", "/", "%", " ", "-", "$"]
        let random = (0..<5000).map { _ in
            (0..<Int.random(in: 1...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
        for text in Self.cells + random {
            #expect(withBytes(text) { "\(ValueParsing.money($0))" } == "\(ValueParsing.money(text))", "\(text)")
            #expect(withBytes(text) { "\(ValueParsing.percent($0))" } == "\(ValueParsing.percent(text))", "\(text)")
            #expect(withBytes(text) { "\(ValueParsing.number($0))" } == "\(ValueParsing.number(text))", "\(text)")
            for order in [ValueParsing.DateOrder.monthFirst, .dayFirst] {
                #expect(withBytes(text) { "\(ValueParsing.date($0, order: order))" } == "\(ValueParsing.date(text, order: order))",
                        "\(text)")
            }
        }
    }

    @Test func columnOrdinalsFollowAllCases() {
        #expect(Cuadro1SColumn.allCases.map(\.ordinal) == Array(Cuadro1SColumn.allCases.indices))
    }

    @Test func textTrimmedFromBytesAsFromStrings() {
        for text in Self.cells + ["  a b  ", "\u{2028}x\u{2028}", "\u{00A0}", " \u{3000} ", "é ", " ñ", "\u{7F}", "\u{1}a\u{1}"] {
            #expect(withBytes(text, ByteText.trimmedString) == text.trimmedWhitespace, "\(text.debugDescription)")
            #expect(withBytes(text, ByteText.isBlank) == text.trimmedWhitespace.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func decodingToBytesGivesTheDecodedText() {
        let samples: [[UInt8]] = [
            Array("a,b\n".utf8), [0xEF, 0xBB, 0xBF] + Array("Pichindé".utf8), [0x50, 0xE9, 0x0A], Array("Pichinde\u{301}".utf8),
            Array("ñ".utf8) + [0xE9], [0xFF, 0xFE, 0x41, 0x00], [0x89, 0x50, 0x00], [0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28],
            Array("\u{2014}\u{20AC}\u{2122} ok".utf8), Array("\u{1F600}".utf8), [],
        ]
        for bytes in samples {
            switch TextDecoding.decodeToBytes(bytes) {
            case .success(let decoded):
                let expected = TextDecoding.decode(bytes)
                #expect(decoded.bytes == expected.map { Array($0.text.utf8) }, "\(bytes)")
                #expect(decoded.encoding == expected?.encoding)
                #expect(decoded.firstForeignLine == expected?.firstForeignLine)
            case .failure(let failure):
                #expect(TextDecoding.decode(bytes) == nil, "\(bytes)")
                #expect(failure.problem == TextDecoding.failure(bytes))
            }
        }
    }
}

/// The parser as it was before records were streamed: every record made at once, byte by byte.
private struct ReferenceParser {
    var delimiter: UInt8

    func parse(_ bytes: [UInt8], problems: inout [CSVParser.LayoutProblem]) -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [CSVRecord] = []
        var fields: [String] = []
        var fieldLines: [Int] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1, fieldLine = 1, i = 0
        let n = bytes.count
        var atFieldStart = true, recordHasContent = false

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
                let oneLine = fieldLines.allSatisfy { $0 == recordLine }
                records.append(CSVRecord(fields: fields, line: recordLine, fieldLines: oneLine ? [] : fieldLines))
            }
            fields.removeAll(keepingCapacity: true)
            fieldLines.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        while i < n {
            let byte = bytes[i]
            if atFieldStart && byte == quote {
                let openLine = line, openColumn = fields.count + 1
                i += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n && bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    if b == cr || b == lf {
                        line += 1
                        field.append(lf)
                        i += (b == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                        continue
                    }
                    field.append(b)
                    i += 1
                }
                if !closed { problems.append(CSVParser.LayoutProblem(line: openLine, column: openColumn, problem: .unclosedQuote)) }
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
                endRecord()
                line += 1
                fieldLine = line
                recordLine = line
            } else {
                field.append(byte)
                i += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty || recordHasContent { endRecord() }
        return records
    }
}
