/// Why a cell's text is not a value of its column's type (what `ValueParsing` reports). `text` is
/// the cell as written, trimmed.
public enum ValueProblem: ProblemKind {
    case notMoney(text: String)
    case amountTooLarge(text: String)
    case notPercentage(text: String)
    case percentageOutOfRange(text: String)
    case notNumber(text: String)
    case notDate(text: String)

    public enum Code: String, CaseIterable, Sendable {
        case notMoney = "not_money"
        case amountTooLarge = "amount_too_large"
        case notPercentage = "not_percentage"
        case percentageOutOfRange = "percentage_out_of_range"
        case notNumber = "not_number"
        case notDate = "not_date"
    }

    public var code: Code {
        switch self {
        case .notMoney: .notMoney
        case .amountTooLarge: .amountTooLarge
        case .notPercentage: .notPercentage
        case .percentageOutOfRange: .percentageOutOfRange
        case .notNumber: .notNumber
        case .notDate: .notDate
        }
    }

    /// The cell text the problem is about.
    public var text: String {
        switch self {
        case .notMoney(let text), .amountTooLarge(let text), .notPercentage(let text),
             .percentageOutOfRange(let text), .notNumber(let text), .notDate(let text): text
        }
    }

    public var english: String {
        let quoted = Quote.english(text)
        return switch self {
        case .notMoney: "\(quoted) is not an amount of money"
        case .amountTooLarge: "\(quoted) is too large an amount"
        case .notPercentage: "\(quoted) is not a percentage"
        case .percentageOutOfRange: "\(quoted) is not a percentage between 0 and 100"
        case .notNumber: "\(quoted) is not a number"
        case .notDate: "\(quoted) is not a date"
        }
    }

    public var spanish: String {
        let quoted = Quote.spanish(text)
        return switch self {
        case .notMoney: "\(quoted) no es un valor en pesos"
        case .amountTooLarge: "\(quoted) es un valor demasiado grande"
        case .notPercentage: "\(quoted) no es un porcentaje"
        case .percentageOutOfRange: "\(quoted) no es un porcentaje entre 0 y 100"
        case .notNumber: "\(quoted) no es un número"
        case .notDate: "\(quoted) no es una fecha"
        }
    }

    public var fields: [ProblemField] { [ProblemField("text", .text(text))] }

    public static func sample(_ code: Code) -> ValueProblem {
        switch code {
        case .notMoney: .notMoney(text: "mil pesos")
        case .amountTooLarge: .amountTooLarge(text: "99999999999999999")
        case .notPercentage: .notPercentage(text: "alto")
        case .percentageOutOfRange: .percentageOutOfRange(text: "1500 %")
        case .notNumber: .notNumber(text: "dos")
        case .notDate: .notDate(text: "3011/2025")
        }
    }
}
