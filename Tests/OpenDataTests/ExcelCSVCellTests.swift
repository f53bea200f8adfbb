import Testing
@testable import OpenData

/// Cells as Excel es-CO saves them in a CSV ("$ 1.234.567", "0,25") are read from their bytes
/// without a String, to the same values and messages as the String reading.
@Suite(.tags(.unit)) struct ExcelCSVCellTests {
    func fromBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Every combination of spaces, signs, "$" and digit groups around the shapes the fast path takes.
    static var moneyShapes: [String] {
        let leads = ["", " ", "-", "$", "$ ", "-$ ", "$ -", " $  -", "-$", "$-", "- ", "$ - "]
        let bodies = ["", "-", "0", "7", "12", "123", "1234", "1.234", "12.345.678", "1.23", "1.2345", "1234.567",
                      "1.234.", ".123", "1..234", "999.999.999.999.999", "9.999.999.999.999.999", "1.234,5", "1 234",
                      "0.000", "00.000"]
        let tails = ["", " ", "  ", "\u{00A0}", "%"]
        return leads.flatMap { lead in bodies.flatMap { body in tails.map { lead + body + $0 } } }
    }

    @Test func moneyShapesReadAsFromText() {
        for text in Self.moneyShapes {
            #expect(fromBytes(text) { "\(ValueParsing.money($0))" } == "\(ValueParsing.money(text))", "\(text)")
        }
    }

    @Test func excelMoneyIsReadWithoutTheStringPath() {
        #expect(fromBytes("$ 1.234.567") { ValueParsing.groupedMoney($0) } == 1_234_567)
        #expect(fromBytes("-$ 1.234") { ValueParsing.groupedMoney($0) } == -1234)
        #expect(fromBytes("$ -") { ValueParsing.groupedMoney($0) } == 0)
        #expect(fromBytes(" 44.893.000 ") { ValueParsing.groupedMoney($0) } == 44_893_000)
        #expect(fromBytes("1.23") { ValueParsing.groupedMoney($0) } == nil)
        #expect(fromBytes("$ 1.234,5") { ValueParsing.groupedMoney($0) } == nil)
    }

    @Test func decimalCommaNumbersReadAsFromText() {
        for text in ["0,25", "0,1429", "0,125", "12,125", "123,125", "1234,125", "1,5", ",5", "5,", "0,2,5", "1.234,5",
                     "0,00", "0,9999999999999999", "1,234,567", "-0,5", " 0,5"] {
            #expect(fromBytes(text) { "\(ValueParsing.number($0))" } == "\(ValueParsing.number(text))", "\(text)")
        }
    }

    @Test func decimalCommaPercentsReadAsFromText() {
        for text in ["0,25", "0,1429", "1,5", "45,5", ",5", "5,", "0,2,5", "1.234,5", "0,00", "100,0001", "0,9999999999999999"] {
            #expect(fromBytes(text) { "\(ValueParsing.percent($0))" } == "\(ValueParsing.percent(text))", "\(text)")
        }
        #expect(fromBytes("0,25") { ValueParsing.plainDecimal($0, point: UInt8(ascii: ",")) } == 0.25)
    }
}
