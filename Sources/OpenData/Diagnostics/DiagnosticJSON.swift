/// Problems as `--format json` prints them: one object per problem with its place, severity,
/// `code`, typed `fields` and English `message`, then the counts.
public enum DiagnosticJSON {
    /// The whole report: `{"errors": n, "warnings": n, "diagnostics": [...]}`, one problem a line.
    public static func report(_ diagnostics: Diagnostics) -> String {
        let items = diagnostics.sorted.map { "  " + object($0) }
        return "{\"errors\": \(diagnostics.errorCount), \"warnings\": \(diagnostics.warningCount), \"diagnostics\": [\n"
            + items.joined(separator: ",\n") + "\n]}\n"
    }

    /// One problem as a JSON object on one line.
    public static func object(_ item: Diagnostic) -> String {
        let fields = item.problem.fields.map { "\(JSONText.string($0.name)): \(value($0.value))" }.joined(separator: ", ")
        return "{\"file\": \(JSONText.string(item.location.file)), \"line\": \(item.location.line), "
            + "\"column\": \(item.location.column), \"severity\": \(JSONText.string(item.severity.rawValue)), "
            + "\"code\": \(JSONText.string(item.problem.code)), \"fields\": {\(fields)}, "
            + "\"message\": \(JSONText.string(item.message))}"
    }

    static func value(_ value: ProblemField.Value) -> String {
        switch value {
        case .text(let text): JSONText.string(text)
        case .integer(let number): String(number)
        case .number(let number): NumberText.format(number)
        case .date(let date): JSONText.string(date.iso)
        case .list(let items): "[" + items.map(JSONText.string).joined(separator: ", ") + "]"
        }
    }
}
