/// Whether a progress column writes its percents as 0–1 fractions. Without a '%' sign a number
/// above 1 is read as already in percent ("45" is 45 %), but in a column of fractions a value just
/// above 1 is an activity past its target: 1.05 is 105 %, as the workbook's percent format shows
/// it. A column is of fractions when it holds unsigned values between 0 and 1 and none above 2.
struct PercentScaleEvidence {
    private var fractions = 0
    private var aboveTwo = 0

    /// Counts the cell, if it is a plain unsigned number, with a decimal point or comma.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let trimmed = ByteText.asciiTrimmed(bytes), !trimmed.isEmpty else { return }
        let value = ValueParsing.plainDecimal(trimmed, point: trimmed.contains(UInt8(ascii: ",")) ? UInt8(ascii: ",") : UInt8(ascii: "."))
        guard let value else { return }
        if value > 0 && value < 1 { fractions += 1 }
        if value > 2 { aboveTwo += 1 }
    }

    var isFractions: Bool { fractions > 0 && aboveTwo == 0 }
}
