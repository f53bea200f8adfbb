import Foundation

/// One Cuadro 1S cut read into projects: one project per BP code and territory, holding its
/// activities in source order.
public struct Cuadro1SReport: Sendable {
    public var cut: ReportCut
    /// Path of the source file relative to the content folder.
    public var sourcePath: String
    public var projects: [Project]
    /// False when the source has no territory column (the per-agency workbook): its projects are
    /// read as city-wide, and its pages and datasets say that the cut has no territorial breakdown.
    public var hasTerritories = true

    public var activities: [Activity] { projects.flatMap(\.activities) }
}

/// Reads a Cuadro 1S table (a CSV, or the form's sheet of a workbook) by the meaning of its headers:
/// title rows above the header are skipped, quarter columns are found by their quarter (see
/// `Cuadro1SLayout`), bad values become warnings with their line and column, and keys (territory,
/// BP code, activity code) that cannot be read are errors.
public struct Cuadro1SReader {
    public let territories: TerritoryCatalog

    public init(territories: TerritoryCatalog) {
        self.territories = territories
    }

    /// Reads `source`; the report names `sourcePath` as its file (the workbook of a sheet), or the
    /// source's own path.
    public func read(_ source: CSVSource, cut: ReportCut, sourcePath: String? = nil, diagnostics: inout Diagnostics) -> Cuadro1SReport? {
        let fileStart = SourceLocation(file: source.path, line: 1, column: 1)
        // The header is among the first 40 records and the product check looks at 500 rows below
        // it: those are kept as records; the rest are read as they are parsed.
        let head = source.records(prefix: HeaderMap.searchRows + ProductColumnCheck.sampleRows)
        guard let header = HeaderMap(records: head, required: Cuadro1SColumn.required.map(\.rawValue)) else {
            diagnostics.error(fileStart, .source(.noCuadro1SHeader))
            return nil
        }
        let headerLine = head[header.headerIndex].line
        let layout = Cuadro1SLayout(names: header.names)
        let missing = Cuadro1SColumn.required.filter { layout[$0] == nil }
        if !missing.isEmpty {
            diagnostics.error(SourceLocation(file: source.path, line: headerLine, column: 1),
                              .source(.missingColumns(missing.map(\.rawValue))))
            return nil
        }
        var rowReader = RowReader(source: source, header: header, layout: layout, headerLine: headerLine,
                                  sample: head.dropFirst(header.headerIndex + 1), territories: territories)
        rowReader.learnColumnHabits(below: header.headerIndex)
        var groups: [ProjectKey: Int] = [:]
        var projects: [Project] = []
        var index = 0
        source.forEachRecord { row in
            defer { index += 1 }
            guard index > header.headerIndex, !row.isBlank, let activity = rowReader.read(row) else { return true }
            let key = ProjectKey(bp: activity.bp, territoryCode: activity.territoryCode)
            if let at = groups[key] {
                rowReader.addActivity(activity, to: &projects[at])
            } else {
                groups[key] = projects.count
                var project = rowReader.project(of: row, bp: activity.bp, territoryCode: activity.territoryCode)
                project.activities = [activity]
                projects.append(project)
            }
            return true
        }
        diagnostics.append(contentsOf: rowReader.diagnostics)
        projects.sort { ($0.territoryCode, $0.bp) < ($1.territoryCode, $1.bp) }
        // Appending row by row leaves each project's activity list up to twice its size: trimmed,
        // the spare room of a national file's projects (tens of megabytes) is given back.
        for index in projects.indices where projects[index].activities.capacity > projects[index].activities.count {
            var exact: [Activity] = []
            exact.reserveCapacity(projects[index].activities.count)
            exact.append(contentsOf: projects[index].activities)
            projects[index].activities = exact
        }
        return Cuadro1SReport(cut: cut, sourcePath: sourcePath ?? source.path, projects: projects)
    }
}

/// What makes a project: its BP code in one territory.
private struct ProjectKey: Hashable {
    var bp: String
    var territoryCode: Int
}

/// Reads the cells of one Cuadro 1S row, collecting problems.
private struct RowReader {
    let source: CSVSource
    let header: HeaderMap
    let territories: TerritoryCatalog
    var diagnostics = Diagnostics()
    private var columns: Cuadro1SLayout
    /// How each date column writes its dates, by the column.
    private var dateOrders: [Int: DateOrderEvidence] = [:]
    /// The progress columns that write percents as 0–1 fractions.
    private var fractionColumns: Set<Int> = []
    /// Territory texts already resolved: a national file writes the same few hundred over and over.
    private var resolved: [String: Territory?] = [:]
    private var pool = TextPool()
    /// The last BP code found safe: rows of one project follow each other.
    private var safeBP = ""

    init(source: CSVSource, header: HeaderMap, layout: Cuadro1SLayout, headerLine: Int, sample: ArraySlice<CSVRecord>,
         territories: TerritoryCatalog) {
        self.source = source
        self.header = header
        self.territories = territories
        columns = layout
        if let fix = ProductColumnCheck.realignment(header: header, rows: sample,
                                                    code: columns[.mgaCode], name: columns[.mgaName]) {
            columns[.mgaCode] = fix.code
            columns[.mgaName] = fix.name
            diagnostics.warning(SourceLocation(file: source.path, line: headerLine, column: fix.code + 1), .source(fix.problem))
        }
    }

    /// The row being read; only set during `read`.
    private var row: CSVRow?
    private var agencyCode = ""
    /// How many cells the current row sits to the right of the header (see `alignment`).
    private var shift = 0

    func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        row![index + shift]
    }

    mutating func text(_ column: Cuadro1SColumn) -> String {
        guard let index = columns[column] else { return "" }
        return pool.trimmedString(bytes(index))
    }

    func location(_ column: Cuadro1SColumn) -> SourceLocation {
        source.location(row!, column: (columns[column] ?? 0) + shift)
    }

    mutating func warn(_ index: Int, _ problem: ValueProblem) {
        diagnostics.warning(source.location(row!, column: index + shift),
                            .value(column: HeaderName.display(header.names[index]), problem), agencyCode: agencyCode)
    }

    mutating func warn(_ index: Int, _ problem: CellProblem) {
        diagnostics.warning(source.location(row!, column: index + shift),
                            .cell(column: HeaderName.display(header.names[index]), problem), agencyCode: agencyCode)
    }

    mutating func fail(_ column: Cuadro1SColumn, _ problem: CellProblem) {
        diagnostics.error(location(column), .cell(column: column.rawValue, problem), agencyCode: agencyCode)
    }

    mutating func cell<V>(_ index: Int?, _ parse: (UnsafeBufferPointer<UInt8>) -> CellValue<V>) -> V? {
        guard let index else { return nil }
        switch parse(bytes(index)) {
        case .value(let v): return v
        case .empty: return nil
        case .invalid(let problem):
            warn(index, problem)
            return nil
        }
    }

    mutating func money(_ column: Cuadro1SColumn) -> Int64? { cell(columns[column], ValueParsing.money) }
    mutating func percent(_ column: Cuadro1SColumn) -> Double? { percent(at: columns[column]) }
    mutating func number(_ column: Cuadro1SColumn) -> Double? { cell(columns[column], ValueParsing.number) }

    /// A percent; in a column of fractions a plain number from 1 to 2 is a fraction too (1.05 is 105 %).
    mutating func percent(at index: Int?) -> Double? {
        guard let index, let value = cell(index, ValueParsing.percent) else { return nil }
        guard fractionColumns.contains(index), !bytes(index).contains(UInt8(ascii: "%")),
              let raw = ValueParsing.number(bytes(index)).value, raw > 1, raw <= 2 else { return value }
        return (raw * 100 * 1_000_000).rounded() / 1_000_000
    }

    /// A 0–1 share written as a fraction (0.25) or, as Excel saves a percent-formatted cell, a
    /// percent ("25%", "25,5 %").
    mutating func share(_ column: Cuadro1SColumn) -> Double? {
        guard let index = columns[column] else { return nil }
        guard bytes(index).contains(UInt8(ascii: "%")) else { return number(column) }
        return cell(index, ValueParsing.percent).map { ($0 / 100 * 1_000_000_000).rounded() / 1_000_000_000 }
    }

    /// Reads every row's date and progress cells once, before the rows are read, to learn which
    /// way round each date column writes its dates (see `DateOrderEvidence`) and which progress
    /// columns write fractions (see `PercentScaleEvidence`).
    mutating func learnColumnHabits(below headerIndex: Int) {
        let dateColumns = [Cuadro1SColumn.start, .end].compactMap { columns[$0] }
        let percentColumns = (Cuadro1SColumn.progress + [.projectProgress]).compactMap { columns[$0] }
            + columns.productProgress.compactMap { $0 }
        var dates = [DateOrderEvidence](repeating: DateOrderEvidence(), count: dateColumns.count)
        var percents = [PercentScaleEvidence](repeating: PercentScaleEvidence(), count: percentColumns.count)
        var index = 0
        source.forEachRecord { row in
            defer { index += 1 }
            guard index > headerIndex else { return true }
            for (slot, column) in dateColumns.enumerated() { dates[slot].add(row[column]) }
            for (slot, column) in percentColumns.enumerated() { percents[slot].add(row[column]) }
            return true
        }
        for (slot, column) in dateColumns.enumerated() { dateOrders[column] = dates[slot] }
        fractionColumns = Set(percentColumns.indices.filter { percents[$0].isFractions }.map { percentColumns[$0] })
    }

    mutating func date(_ column: Cuadro1SColumn) -> LocalDate? {
        guard let index = columns[column] else { return nil }
        let order = dateOrders[index]?.order(for: bytes(index)) ?? .monthFirst
        guard let reading = cell(index, { ValueParsing.date($0, order: order) }) else { return nil }
        if reading.ambiguous {
            let raw = String(decoding: bytes(index), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            warn(index, order == .dayFirst ? .ambiguousDateDayFirst(text: raw, read: reading.date)
                                           : .ambiguousDate(text: raw, read: reading.date))
        }
        return reading.date
    }

    /// The territory `text` names, remembered per text.
    mutating func territory(_ text: String) -> Territory? {
        if let known = resolved[text] { return known }
        let found = territories.resolve(text)
        resolved[text] = found
        return found
    }

    /// `Slug.isSafeSegment(bp)`, remembered for the last safe code.
    mutating func isSafeBP(_ bp: String) -> Bool {
        if bp == safeBP && !bp.isEmpty { return true }
        guard Slug.isSafeSegment(bp) else { return false }
        safeBP = bp
        return true
    }

    /// Whether the row's keys (territory, BP code, activity code) read well at the current shift.
    mutating func keysRead() -> Bool {
        guard territory(text(.territory)) != nil, isSafeBP(text(.bp)) else { return false }
        guard let index = columns[.activityCode] else { return false }
        return !ByteText.isBlank(bytes(index))
    }

    /// Some rows of the real workbook sit one cell to the left or right of the header. When the keys
    /// do not read in place but do one cell over, the row is read shifted, with a warning.
    mutating func alignment() {
        shift = 0
        if keysRead() { return }
        for candidate in [1, -1] {
            shift = candidate
            if keysRead() {
                let agencyCode = text(.agencyCode)
                diagnostics.warning(SourceLocation(file: source.path, line: row!.line, column: 1),
                                    .source(.rowShifted(candidate > 0 ? .right : .left)),
                                    agencyCode: agencyCode)
                return
            }
        }
        shift = 0
    }

    /// The activity of `row`, or nil (with an error) when its keys cannot be read.
    mutating func read(_ row: CSVRow) -> Activity? {
        self.row = row
        defer { self.row = nil }
        alignment()
        agencyCode = text(.agencyCode)
        let territoryText = text(.territory)
        guard let territory = territory(territoryText) else {
            fail(.territory, RowKeys.territoryProblem(territoryText))
            return nil
        }
        let bp = text(.bp)
        if !isSafeBP(bp), let problem = RowKeys.bpProblem(bp) {
            fail(.bp, problem)
            return nil
        }
        let activityCode = text(.activityCode)
        guard !activityCode.isEmpty else {
            fail(.activityCode, .missingActivityCode)
            return nil
        }
        let product = Product(
            planGoalCode: text(.planGoalCode), planGoalName: text(.planGoalName),
            mgaCode: text(.mgaCode), mgaName: text(.mgaName),
            programmedQuantity: number(.programmedQuantity),
            execution: Cuadro1SColumn.execution.map { number($0) },
            progress: columns.productProgress.map { percent(at: $0) }
        )
        let budget = Budget(initial: money(.initial), modified: money(.modified), executed: money(.executed),
                            obligated: money(.obligated), paid: money(.paid))
        return Activity(
            code: activityCode, name: text(.activityName), bp: bp, territoryCode: territory.code,
            weight: share(.weight), progress: Cuadro1SColumn.progress.map { percent($0) },
            explanations: Cuadro1SColumn.explanations.map { text($0) },
            variables: text(.variables), product: product, projectProgress: percent(.projectProgress),
            budget: budget, start: date(.start), end: date(.end), subAgency: text(.subAgency),
            source: SourceLocation(file: source.path, line: row.line, column: 1)
        )
    }

    /// The project of the row just read, without activities; made only for a project's first row.
    mutating func project(of row: CSVRow, bp: String, territoryCode: Int) -> Project {
        self.row = row
        defer { self.row = nil }
        let plan = [(Cuadro1SColumn.level1Code, Cuadro1SColumn.level1Name), (.level2Code, .level2Name), (.level3Code, .level3Name)]
            .map { PlanLevel(code: text($0.0), name: text($0.1)) }
        return Project(bp: bp, bpin: text(.bpin), name: text(.projectName),
                       agency: Agency(code: agencyCode, name: text(.agencyName)),
                       plan: plan, territoryCode: territoryCode, activities: [])
    }
    /// Adds an activity to its project: an identical repeated row counts once; the same code with
    /// other data is kept as another line of that activity, with a warning.
    mutating func addActivity(_ activity: Activity, to project: inout Project) {
        let twins = project.activities.filter { $0.code == activity.code }
        if twins.contains(where: { $0.sameData(as: activity) }) {
            diagnostics.warning(activity.source, .source(.repeatedActivity(activity: activity.code)),
                                agencyCode: project.agency.code)
            return
        }
        if let first = twins.first {
            diagnostics.warning(activity.source,
                                .source(.activityRepeatedWithOtherData(activity: activity.code, firstLine: first.source.line)),
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
