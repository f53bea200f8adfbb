import Foundation
import Testing
@testable import OpenData

/// Numbers are written without Foundation's formatter when they have at most six decimals; the
/// text must be exactly what "%.6f", trimmed, gives.
@Suite(.tags(.unit)) struct NumberTextTests {
    static func reference(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    @Test func sameTextAsTheFormatter() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0.1, 0.5, -0.5, 45.5, 99.99, 0.000001, -0.000001, 0.0000005, 1.0000005, 12.345678, 0.0588,
                                123456789.123456, -7.25, 1e-7, 33.333333333, 2.675, 1e15 + 0.5]
        for _ in 0..<20_000 {
            let decimals = Int.random(in: 0...8, using: &generator)
            let whole = Double(Int.random(in: -1_000_000...1_000_000, using: &generator))
            let fraction = Double(Int.random(in: 0..<100_000_000, using: &generator)) / 100_000_000
            let step = pow(10, Double(decimals))
            values.append(((whole + fraction) * step).rounded() / step)
            values.append(Double.random(in: -1000...1000, using: &generator))
        }
        for value in values { #expect(NumberText.format(value) == Self.reference(value), "\(value)") }
    }
}
