import Testing
@testable import OpenData

@Suite(.tags(.unit)) struct CSVParserTests {
    func parse(_ text: String, delimiter: Character = ",") -> [CSVRecord] {
        var problems: [CSVParser.LayoutProblem] = []
        return CSVParser(delimiter: delimiter.asciiValue!).parse(text, problems: &problems)
    }

    @Test func quotedFieldsWithLineBreaksKeepTheirLines() {
        let records = parse("a,b\r\n\"x\r\ny\",2\r\n3,\"he said \"\"hi\"\"\"\n")
        #expect(records.count == 3)
        #expect(records[1].fields == ["x\ny", "2"])
        #expect(records[1].line == 2)
        #expect(records[2].line == 4)
        #expect(records[2].fields[1] == "he said \"hi\"")
    }

    @Test func delimiterDetection() {
        #expect(CSVParser.detectDelimiter("a;b;c\n1;2;3\n") == UInt8(ascii: ";"))
        #expect(CSVParser.detectDelimiter("a,b,c\n\"1;2\",2,3\n") == UInt8(ascii: ","))
    }

    @Test func writerRoundTripsAndNeutralisesFormulas() {
        let table = Table(columns: [Column("a", .string, title: "A", description: ""), Column("n", .integer, title: "N", description: "")],
                          rows: [[.text("=SUM(A1)"), .integer(-5)], [.text("x,\"y\"\nz"), .empty]])
        let text = String(decoding: CSVWriter.write(table), as: UTF8.self)
        #expect(text == "a,n\r\n'=SUM(A1),-5\r\n\"x,\"\"y\"\"\nz\",\r\n")
        let back = parse(text)
        #expect(back[2].fields == ["x,\"y\"\nz", ""])
    }
}
