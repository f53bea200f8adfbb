import Foundation

/// One Cuadro 1S cut read into projects: one project per BP code and territory, holding its
/// activities in source order.
public struct Cuadro1SReport: Sendable {
    public var cut: ReportCut
    /// Path of the source file relative to the content folder.
    public var sourcePath: String
    public var projects: [Project]

    public var activities: [Activity] { projects.flatMap(\.activities) }
}

/// Reads a Cuadro 1S CSV by header name: title rows above the header are skipped, repeated headers
/// are told apart by position, bad values become warnings with their line and column, and keys
/// (territory, BP code, activity code) that cannot be read are errors.
public struct Cuadro1SReader {
    public let territories: TerritoryCatalog

    public init(territories: TerritoryCatalog) {
        self.territories = territories
    }

    public func read(_ source: CSVSource, cut: ReportCut, diagnostics: inout Diagnostics) -> Cuadro1SReport? {
        let fileStart = SourceLocation(file: source.path, line: 1, column: 1)
        guard let header = HeaderMap(records: source.records, required: Cuadro1SColumn.required.map(\.rawValue)) else {
            diagnostics.error(fileStart, "no Cuadro 1S header row found")
            return nil
        }
        let missing = Cuadro1SColumn.required.filter { !header.contains($0.rawValue) }
        if !missing.isEmpty {
            let headerLine = source.records[header.headerIndex].line
            diagnostics.error(SourceLocation(file: source.path, line: headerLine, column: 1),
                              "missing required columns: " + missing.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        var rowReader = RowReader(source: source, header: header, territories: territories)
        var groups: [String: Int] = [:]
        var projects: [Project] = []
        for record in source.records.dropFirst(header.headerIndex + 1) {
            if record.fields.allSatisfy({ $0.trimmedWhitespace.isEmpty }) { continue }
            guard let row = rowReader.read(record) else { continue }
            let key = row.activity.bp + "\u{1F}" + String(row.activity.territoryCode)
            if let index = groups[key] {
                rowReader.addActivity(row.activity, to: &projects[index])
            } else {
                groups[key] = projects.count
                var project = row.project
                project.activities = [row.activity]
                projects.append(project)
            }
        }
        diagnostics.append(contentsOf: rowReader.diagnostics)
        projects.sort { ($0.territoryCode, $0.bp) < ($1.territoryCode, $1.bp) }
        return Cuadro1SReport(cut: cut, sourcePath: source.path, projects: projects)
    }
}

/// Reads the cells of one Cuadro 1S row, collecting problems.
private struct RowReader {
    let source: CSVSource
    let header: HeaderMap
    let territories: TerritoryCatalog
    var diagnostics = Diagnostics()
    private var columns: [Cuadro1SColumn: Int] = [:]
    private var productProgressColumns: [Int?] = []

    init(source: CSVSource, header: HeaderMap, territories: TerritoryCatalog) {
        self.source = source
        self.header = header
        self.territories = territories
        for column in Cuadro1SColumn.allCases {
            columns[column] = header.column(column.rawValue)
        }
        productProgressColumns = (0..<4).map { header.column(Cuadro1SColumn.productProgress.rawValue, occurrence: $0) }
        if let fix = ProductColumnCheck.realignment(header: header, rows: source.records.dropFirst(header.headerIndex + 1),
                                                    code: columns[.mgaCode], name: columns[.mgaName]) {
            columns[.mgaCode] = fix.code
            columns[.mgaName] = fix.name
            diagnostics.warning(SourceLocation(file: source.path, line: source.records[header.headerIndex].line, column: fix.code + 1),
                                fix.message)
        }
    }

    struct Row {
        var project: Project
        var activity: Activity
    }

    private var record = CSVRecord(fields: [], line: 0, fieldLines: [])
    private var agencyCode = ""
    /// How many cells the current row sits to the right of the header (see `alignment`).
    private var shift = 0

    func text(_ column: Cuadro1SColumn) -> String {
        guard let index = columns[column] else { return "" }
        return record[index + shift].trimmedWhitespace
    }

    func location(_ column: Cuadro1SColumn) -> SourceLocation {
        source.location(record, column: (columns[column] ?? 0) + shift)
    }

    mutating func warn(_ index: Int, _ message: String) {
        diagnostics.warning(source.location(record, column: index + shift),
                            "\(HeaderName.display(header.names[index])): \(message)", agencyCode: agencyCode)
    }

    mutating func fail(_ column: Cuadro1SColumn, _ message: String) {
        diagnostics.error(location(column), "\(column.rawValue): \(message)", agencyCode: agencyCode)
    }

    mutating func cell<V>(_ index: Int?, _ parse: (String) -> CellValue<V>) -> V? {
        guard let index else { return nil }
        switch parse(record[index + shift]) {
        case .value(let v): return v
        case .empty: return nil
        case .invalid(let message):
            warn(index, message)
            return nil
        }
    }

    mutating func money(_ column: Cuadro1SColumn) -> Int64? { cell(columns[column], ValueParsing.money) }
    mutating func percent(_ column: Cuadro1SColumn) -> Double? { cell(columns[column], ValueParsing.percent) }
    mutating func number(_ column: Cuadro1SColumn) -> Double? { cell(columns[column], ValueParsing.number) }

    mutating func date(_ column: Cuadro1SColumn) -> LocalDate? {
        guard let index = columns[column] else { return nil }
        let raw = record[index + shift]
        guard let reading = cell(index, { ValueParsing.date($0, order: .monthFirst) }) else { return nil }
        if reading.ambiguous {
            warn(index, "\"\(raw.trimmingCharacters(in: .whitespaces))\" is ambiguous; read month first as \(reading.date.iso)")
        }
        return reading.date
    }

    /// Whether the row's keys (territory, BP code, activity code) read well at the current shift.
    func keysRead() -> Bool {
        territories.resolve(text(.territory)) != nil && Slug.isSafeSegment(text(.bp)) && !text(.activityCode).isEmpty
    }

    /// Some rows of the real workbook sit one cell to the left or right of the header. When the keys
    /// do not read in place but do one cell over, the row is read shifted, with a warning.
    mutating func alignment() {
        shift = 0
        if keysRead() { return }
        for candidate in [1, -1] {
            shift = candidate
            if keysRead() {
                diagnostics.warning(SourceLocation(file: source.path, line: record.line, column: 1),
                                    "the row is shifted one column to the \(candidate > 0 ? "right" : "left") of the header; read shifted",
                                    agencyCode: text(.agencyCode))
                return
            }
        }
        shift = 0
    }

    mutating func read(_ record: CSVRecord) -> Row? {
        self.record = record
        alignment()
        agencyCode = text(.agencyCode)
        let territoryText = text(.territory)
        guard let territory = territories.resolve(territoryText) else {
            fail(.territory, RowKeys.territoryProblem(territoryText))
            return nil
        }
        let bp = text(.bp)
        if let problem = RowKeys.bpProblem(bp) {
            fail(.bp, problem)
            return nil
        }
        let activityCode = text(.activityCode)
        guard !activityCode.isEmpty else {
            fail(.activityCode, "the row has no activity code")
            return nil
        }
        let product = Product(
            planGoalCode: text(.planGoalCode), planGoalName: text(.planGoalName),
            mgaCode: text(.mgaCode), mgaName: text(.mgaName),
            programmedQuantity: number(.programmedQuantity),
            execution: Cuadro1SColumn.execution.map { number($0) },
            progress: productProgressColumns.map { cell($0, ValueParsing.percent) }
        )
        let budget = Budget(initial: money(.initial), modified: money(.modified), executed: money(.executed),
                            obligated: money(.obligated), paid: money(.paid))
        let activity = Activity(
            code: activityCode, name: text(.activityName), bp: bp, territoryCode: territory.code,
            weight: number(.weight), progress: Cuadro1SColumn.progress.map { percent($0) },
            explanations: Cuadro1SColumn.explanations.map { text($0) },
            variables: text(.variables), product: product, projectProgress: percent(.projectProgress),
            budget: budget, start: date(.start), end: date(.end), subAgency: text(.subAgency),
            source: SourceLocation(file: source.path, line: record.line, column: 1)
        )
        let plan = [(Cuadro1SColumn.level1Code, Cuadro1SColumn.level1Name), (.level2Code, .level2Name), (.level3Code, .level3Name)]
            .map { PlanLevel(code: text($0.0), name: text($0.1)) }
        let project = Project(bp: bp, bpin: text(.bpin), name: text(.projectName),
                              agency: Agency(code: agencyCode, name: text(.agencyName)),
                              plan: plan, territoryCode: territory.code, activities: [])
        return Row(project: project, activity: activity)
    }

    /// Adds an activity to its project: an identical repeated row counts once; the same code with
    /// other data is kept as another line of that activity, with a warning.
    mutating func addActivity(_ activity: Activity, to project: inout Project) {
        let twins = project.activities.filter { $0.code == activity.code }
        if twins.contains(where: { $0.sameData(as: activity) }) {
            diagnostics.warning(activity.source, "activity \(activity.code) repeats an identical row; counted once",
                                agencyCode: project.agency.code)
            return
        }
        if let first = twins.first {
            diagnostics.warning(activity.source,
                                "activity \(activity.code) appears again with different data (first at line \(first.source.line)); both rows are counted",
                                agencyCode: project.agency.code)
        }
        project.activities.append(activity)
    }
}

extension HeaderName {
    /// A header as written, on one line, for messages.
    static func display(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
