/// One record as `CSVParser.forEachRecord` hands it over: its fields as UTF-8 bytes in the parser's
/// reused buffers, so a reader makes Strings only of the cells it keeps as text. Valid only during
/// the call that receives it; keep `record()` or `string(_:)` instead.
public struct CSVRow {
    /// Every field's bytes, one after another.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where each field ends in `bytes`.
    let ends: UnsafeBufferPointer<Int>
    /// The 1-based physical line each field starts on.
    let lines: UnsafeBufferPointer<Int>
    /// 1-based physical line of the record's first character.
    public let line: Int

    public var count: Int { ends.count }

    /// The bytes of field `index`; empty when the record has no such field.
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < ends.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
    }

    /// The text of field `index`, as `CSVRecord` would hold it.
    public func string(_ index: Int) -> String {
        String(decoding: self[index], as: UTF8.self)
    }

    /// The 1-based line where field `index` starts (the record's line for a field it lacks).
    public func line(ofField index: Int) -> Int {
        index >= 0 && index < lines.count ? lines[index] : line
    }

    /// True when every field is empty or whitespace only.
    public var isBlank: Bool {
        for index in 0..<count where !ByteText.isBlank(self[index]) { return false }
        return true
    }

    /// The record with its fields as Strings, to keep.
    public func record() -> CSVRecord {
        let fields = (0..<count).map(string)
        let oneLine = lines.allSatisfy { $0 == line }
        return CSVRecord(fields: fields, line: line, fieldLines: oneLine ? [] : Array(lines))
    }
}
