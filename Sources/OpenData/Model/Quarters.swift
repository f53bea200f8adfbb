/// Four values, one per quarter I–IV, held inside the value that has them: a national Cuadro 1S has
/// hundreds of thousands of activities with four such lists each, and an array apiece would be
/// another allocation, with its header, for every one of them.
public struct Quarters<Value: Sendable & Hashable & Codable>: RandomAccessCollection, MutableCollection, Sendable, Hashable,
    Codable, ExpressibleByArrayLiteral {
    private var first: Value, second: Value, third: Value, fourth: Value

    /// The values of quarters I–IV; `values` must hold exactly four.
    public init(_ values: [Value]) {
        precondition(values.count == 4, "Quarters holds four values, one per quarter")
        (first, second, third, fourth) = (values[0], values[1], values[2], values[3])
    }

    public init(arrayLiteral values: Value...) {
        self.init(values)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { 4 }

    public subscript(index: Int) -> Value {
        get {
            switch index {
            case 0: return first
            case 1: return second
            case 2: return third
            case 3: return fourth
            default: preconditionFailure("quarter index \(index) out of 0...3")
            }
        }
        set {
            switch index {
            case 0: first = newValue
            case 1: second = newValue
            case 2: third = newValue
            case 3: fourth = newValue
            default: preconditionFailure("quarter index \(index) out of 0...3")
            }
        }
    }

    /// Encoded as a list of four, as the array it replaces was.
    public init(from decoder: any Decoder) throws {
        let values = try [Value](from: decoder)
        guard values.count == 4 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected four quarters"))
        }
        self.init(values)
    }

    public func encode(to encoder: any Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}
