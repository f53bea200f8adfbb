/// A position in a source file: 1-based line and column (the column is the CSV field number or the
/// character in a text line). Line 0 means "the whole file".
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// `file:line:column`, `file:line` when the problem concerns the whole line, or `file` alone
    /// when it concerns the whole file.
    public var description: String {
        line > 0 ? (column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)") : file
    }
}

/// How serious a problem is: errors block publication, warnings are published with the value left empty.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// One problem found in the sources, with where it is and, for the public data-quality page, who
/// reported the data (the agency) when that is known.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var severity: Severity
    public var location: SourceLocation
    public var problem: Problem
    public var agencyCode: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ problem: Problem, agencyCode: String? = nil) {
        self.severity = severity
        self.location = location
        self.problem = problem
        self.agencyCode = agencyCode
    }

    /// The English text, as printed to the terminal.
    public var message: String { problem.english }

    /// Compiler-style line: `file:line:col: warning: message`.
    public var formatted: String {
        "\(location.description): \(severity.rawValue): \(message)"
    }
}

/// An ordered collection of problems; readers append to it instead of stopping at the first one.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func error(_ location: SourceLocation, _ problem: Problem, agencyCode: String? = nil) {
        items.append(Diagnostic(.error, location, problem, agencyCode: agencyCode))
    }

    public mutating func warning(_ location: SourceLocation, _ problem: Problem, agencyCode: String? = nil) {
        items.append(Diagnostic(.warning, location, problem, agencyCode: agencyCode))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: Diagnostics) {
        items.append(contentsOf: other.items)
    }

    public var errorCount: Int { items.count { $0.severity == .error } }
    public var warningCount: Int { items.count { $0.severity == .warning } }
    public var hasErrors: Bool { errorCount > 0 }

    /// Problems sorted by file, line and column, so reports are the same on every run.
    public var sorted: [Diagnostic] {
        items.map { ($0, $0.message) }
            .sorted { ($0.0.location, $0.0.severity, $0.1) < ($1.0.location, $1.0.severity, $1.1) }
            .map(\.0)
    }
}
