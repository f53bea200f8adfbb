/// One kind of problem a reader reports, with its parts as typed values. Its English text (for the
/// terminal) and its Spanish text (for the "Calidad de los datos" page and the `calidad` dataset)
/// are both rendered from the value; `code` names the kind in `--format json` and never changes.
public enum Problem: Sendable, Hashable, Codable {
    /// A cell whose text is not a value of its column's type.
    case value(column: String, ValueProblem)
    /// A cell whose value is not acceptable in its column (a key, a range, a list).
    case cell(column: String, CellProblem)
    /// A problem of a whole file, its layout, its header or its rows.
    case source(SourceProblem)
    /// A problem of a Markdown page, its front matter, site.yml or a link.
    case content(ContentProblem)
    /// A problem of the per-agency workbook's sheets and rows.
    case agency(AgencyProblem)
    /// A problem of an Excel workbook's container, or of a workbook without a known form.
    case workbook(WorkbookProblem)
    /// A problem of a contracts file, its rows, or one contract read twice differently.
    case contract(ContractProblem)

    /// Stable snake_case name of the kind, e.g. `unknown_territory`.
    public var code: String {
        switch self {
        case .value(_, let problem): problem.code.rawValue
        case .cell(_, let problem): problem.code.rawValue
        case .source(let problem): problem.code.rawValue
        case .content(let problem): problem.code.rawValue
        case .agency(let problem): problem.code.rawValue
        case .workbook(let problem): problem.code.rawValue
        case .contract(let problem): problem.code.rawValue
        }
    }

    /// The English text, as printed to the terminal.
    public var english: String {
        switch self {
        case .value(let column, let problem): "\(column): \(problem.english)"
        case .cell(let column, let problem): "\(column): \(problem.english)"
        case .source(let problem): problem.english
        case .content(let problem): problem.english
        case .agency(let problem): problem.english
        case .workbook(let problem): problem.english
        case .contract(let problem): problem.english
        }
    }

    /// The Spanish (es-CO) text, as the public data-quality page and dataset show it.
    public var spanish: String {
        switch self {
        case .value(let column, let problem): "\(column): \(problem.spanish)"
        case .cell(let column, let problem): "\(column): \(problem.spanish)"
        case .source(let problem): problem.spanish
        case .content(let problem): problem.spanish
        case .agency(let problem): problem.spanish
        case .workbook(let problem): problem.spanish
        case .contract(let problem): problem.spanish
        }
    }

    /// The typed parts of the problem, in the order the texts name them.
    public var fields: [ProblemField] {
        switch self {
        case .value(let column, let problem): [ProblemField("column", .text(column))] + problem.fields
        case .cell(let column, let problem): [ProblemField("column", .text(column))] + problem.fields
        case .source(let problem): problem.fields
        case .content(let problem): problem.fields
        case .agency(let problem): problem.fields
        case .workbook(let problem): problem.fields
        case .contract(let problem): problem.fields
        }
    }

    /// One sample problem for every code, for tests and documentation.
    public static var samples: [Problem] {
        ValueProblem.Code.allCases.map { .value(column: "Columna", ValueProblem.sample($0)) }
            + CellProblem.Code.allCases.map { .cell(column: "Columna", CellProblem.sample($0)) }
            + SourceProblem.Code.allCases.map { .source(SourceProblem.sample($0)) }
            + ContentProblem.Code.allCases.map { .content(ContentProblem.sample($0)) }
            + AgencyProblem.Code.allCases.map { .agency(AgencyProblem.sample($0)) }
            + WorkbookProblem.Code.allCases.map { .workbook(WorkbookProblem.sample($0)) }
            + ContractProblem.Code.allCases.map { .contract(ContractProblem.sample($0)) }
    }
}

/// A kind of problem of one concern: its code, both texts and its fields come from one switch each,
/// and `sample` gives a value for every code so that a test can render all of them. Its
/// `description` is its English text.
public protocol ProblemKind: Sendable, Hashable, Codable, CustomStringConvertible {
    associatedtype Code: RawRepresentable<String>, CaseIterable, Sendable
    var code: Code { get }
    var english: String { get }
    var spanish: String { get }
    var fields: [ProblemField] { get }
    static func sample(_ code: Code) -> Self
}

extension ProblemKind {
    public var description: String { english }
}

extension Problem: CustomStringConvertible {
    public var description: String { english }
}

/// One named part of a problem, as `--format json` prints it.
public struct ProblemField: Sendable, Hashable {
    public var name: String
    public var value: Value

    public init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }

    /// A part's value, typed.
    public enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int)
        case number(Double)
        case date(LocalDate)
        case list([String])
    }
}

/// How a problem quotes the source's text: control characters escaped, English in straight quotes,
/// Spanish in angle quotes.
enum Quote {
    static func english(_ text: String) -> String { "\"" + PrintableText.escaped(text) + "\"" }
    static func spanish(_ text: String) -> String { "«" + PrintableText.escaped(text) + "»" }
}
