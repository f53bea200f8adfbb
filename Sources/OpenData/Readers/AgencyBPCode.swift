/// A BP code as the per-agency workbook writes it: "BP26002945", "BP-26002945", "BP 26002638",
/// 26004741, or by mistake a product code ("BP2600275610101") on the project row.
enum AgencyBPCode {
    enum Reading {
        /// One of the accepted spellings of BP + 8 digits.
        case exact(String)
        /// Longer than BP + 8 digits (a product code, "BPBP…"): its first 8 digits.
        case normalised(String)

        var code: String {
            switch self {
            case .exact(let code), .normalised(let code): code
            }
        }
    }

    static func read(_ written: String) -> Reading? {
        var rest = Substring(written.trimmingCharacters(in: .whitespaces).uppercased())
        var prefixes = 0
        while rest.hasPrefix("BP") {
            rest = rest.dropFirst(2)
            prefixes += 1
        }
        rest = rest.drop { $0 == "-" || $0 == " " }
        guard rest.count >= 8, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let code = "BP" + rest.prefix(8)
        return rest.count == 8 && prefixes <= 1 ? .exact(code) : .normalised(code)
    }

    /// The project code a product code starts with ("BP2600267810201" → "BP26002678").
    static func projectCode(ofProduct code: String) -> String? {
        read(code)?.code
    }
}
