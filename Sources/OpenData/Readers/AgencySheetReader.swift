import Foundation

/// Reads one agency sheet of the per-agency workbook: rows of class D, L, P and I set the plan
/// levels, a `pr` row opens a project (BP code, budgets, progress) and the rows below it without a
/// class are its products, read as the project's activities. The layout has no territory: every
/// project is city-wide. What cannot be read is a warning at its cell; no project row is dropped.
struct AgencySheetReader {
    let source: CSVSource
    let columns: AgencyColumns
    let records: [CSVRecord]
    /// The cut's quarter (0-based): the sheet's progress and explanation are of that quarter.
    let quarter: Int
    /// The agency as the sheet's name and title block give it.
    let agency: Agency
    private(set) var diagnostics = Diagnostics()
    /// Code and name of the dimension, line, programme and indicator above the current row.
    private var levels: [PlanLevel?] = [nil, nil, nil, nil]
    private var levelLocations: [SourceLocation?] = [nil, nil, nil, nil]
    private var open: OpenProject?
    private var projects: [Project] = []
    /// The row being read.
    private var row = CSVRecord(fields: [], line: 0, fieldLines: [])
    /// The row's BP cell as read (see `keyCell`).
    private var bp = ""
    /// Set once the sheet's own totals row ("Proyectos …") is passed: rows without a class below it
    /// are notes and figures, not products.
    private var pastTotals = false
    private var agencyMismatchReported = false

    /// A project whose product rows are still being read.
    private struct OpenProject {
        var project: Project
        /// Where its BP cell is, for a warning once the products are read.
        var bpLocation: SourceLocation
        /// The BP cell as written when it is not a BP code.
        var unreadBP: String?
        /// Opened from a row without a class (see `openProject(bare:)`).
        var fromBareRow: Bool
        var progress: Double?
        var fallbackProgress: Double?
    }

    init(source: CSVSource, columns: AgencyColumns, records: [CSVRecord], quarter: Int, agency: Agency) {
        self.source = source
        self.columns = columns
        self.records = records
        self.quarter = quarter
        self.agency = agency
    }

    /// The sheet's projects, in sheet order.
    mutating func read() -> [Project] {
        for record in records.dropFirst(columns.headerIndex + 1) {
            guard record.fields.contains(where: { !ValueParsing.isEmpty($0) }) else { continue }
            row = record
            if isTotalsRow() {
                finishProject()
                pastTotals = true
                continue
            }
            readRow()
        }
        finishProject()
        return projects
    }

    // MARK: Cells

    private func index(_ column: AgencyColumn) -> Int? { columns[column] }

    private func text(_ column: AgencyColumn) -> String {
        guard let index = index(column) else { return "" }
        return row[index].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func location(_ column: AgencyColumn?) -> SourceLocation {
        source.location(row, column: column.flatMap(index) ?? 0)
    }

    /// Warns at `column`'s cell (the row's first cell when nil).
    private mutating func warn(_ column: AgencyColumn?, _ problem: AgencyProblem) {
        diagnostics.warning(location(column), .agency(problem), agencyCode: agency.code)
    }

    private mutating func cell<V>(_ column: AgencyColumn, _ parse: (String) -> CellValue<V>) -> V? {
        switch parse(text(column)) {
        case .value(let value): return value
        case .empty: return nil
        case .invalid(let problem):
            diagnostics.warning(location(column), .value(column: column.header, problem), agencyCode: agency.code)
            return nil
        }
    }

    private mutating func money(_ column: AgencyColumn) -> Int64? { cell(column, ValueParsing.money) }
    private mutating func percent(_ column: AgencyColumn) -> Double? { cell(column, ValueParsing.percent) }
    private mutating func number(_ column: AgencyColumn) -> Double? { cell(column, ValueParsing.number) }
    private mutating func date(_ column: AgencyColumn) -> LocalDate? {
        cell(column) { ValueParsing.date($0, order: .dayFirst) }?.date
    }

    private mutating func budget() -> Budget {
        Budget(initial: money(.initial), modified: money(.modified), executed: money(.executed),
               obligated: money(.obligated), paid: money(.paid))
    }

    // MARK: Row kinds

    /// The sheet's own totals ("Proyectos", "Proyectos desfinanciados", "Proyectos con ejecución
    /// física en 0%") close its data.
    private func isTotalsRow() -> Bool {
        row.fields.prefix(8).contains { cell in
            let key = AgencyColumn.key(cell)
            return key == "proyectos" || key.hasPrefix("proyectosdes") || key.hasPrefix("proyectosdef")
                || key.hasPrefix("proyectosconejecucion")
        }
    }

    private static let classes: Set<String> = ["d", "l", "p", "i", "pr"]

    private static func looksLikeCode(_ text: String) -> Bool {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        return upper.hasPrefix("BP") && upper.dropFirst(2).first.map { $0.isNumber || $0 == "-" || $0 == " " } == true
    }

    /// A key cell (class or BP code) left empty while the cell one to its right or left holds what
    /// it should: rows are ragged, so that neighbour is read instead, with a warning.
    private mutating func keyCell(_ column: AgencyColumn, accepts: (String) -> Bool) -> String {
        let own = text(column)
        guard own.isEmpty, let index = columns[column] else { return own }
        for (offset, side) in [(1, AgencyProblem.Side.right), (-1, .left)] {
            let neighbour = row[index + offset].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !neighbour.isEmpty, accepts(neighbour) else { continue }
            warn(column, .neighbourRead(column: column.header, text: neighbour, side: side))
            return neighbour
        }
        return own
    }

    private mutating func readRow() {
        let written = keyCell(.level) { Self.classes.contains($0.lowercased()) }
        bp = keyCell(.bp, accepts: Self.looksLikeCode)
        switch written.lowercased() {
        case "d": setLevel(0)
        case "l": setLevel(1)
        case "p": setLevel(2)
        case "i": setLevel(3)
        case "pr":
            if let current = open, current.fromBareRow, current.project.activities.isEmpty,
               case .normalised(let code)? = AgencyBPCode.read(bp), code == current.project.bp {
                warn(.level, .projectRowIsProduct(column: AgencyColumn.level.header, written: written, product: bp, project: code))
                if current.project.name.isEmpty {
                    let name = text(.name)
                    open?.project.name = name
                }
                addProduct()
            } else {
                openProject(bare: false)
            }
        case "":
            guard !pastTotals else { return }
            if case .exact(let code)? = AgencyBPCode.read(bp), code != open?.project.bp {
                warn(.level, .classlessProjectRow(column: AgencyColumn.level.header, text: bp))
                openProject(bare: true)
                return
            }
            guard open != nil else {
                warn(nil, .productBeforeProject)
                return
            }
            addProduct()
        default:
            guard !pastTotals else { return }
            let digits = text(.generalCode).filter(\.isNumber).count
            guard let depth = [2: 0, 4: 1, 7: 2, 11: 3][digits] else {
                warn(.level, .unknownClassNotRead(column: AgencyColumn.level.header, text: written))
                return
            }
            warn(.level, .unknownClassReadByCode(column: AgencyColumn.level.header, text: written,
                                                 level: ["D", "L", "P", "I"][depth], digits: digits))
            setLevel(depth)
        }
    }

    /// How many digits a plan code has at each level: dimension 54, line 5401, programme 5401002,
    /// indicator 54010020001. A level's code starts with its parent's.
    private static let codeDigits = [2, 4, 7, 11]

    private mutating func setLevel(_ depth: Int) {
        finishProject()
        pastTotals = false
        let code = text(.generalCode)
        levels[depth] = PlanLevel(code: code, name: text(.name))
        levelLocations[depth] = location(.generalCode)
        for deeper in (depth + 1)..<levels.count { levels[deeper] = nil }
        // A level written without its code gets it from the first code below it, with a warning.
        guard code.count == Self.codeDigits[depth], code.allSatisfy({ $0.isASCII && $0.isNumber }) else { return }
        for upper in 0..<depth {
            guard var level = levels[upper], level.code.isEmpty, let at = levelLocations[upper] else { continue }
            level.code = String(code.prefix(Self.codeDigits[upper]))
            levels[upper] = level
            diagnostics.warning(at, .agency(.levelCodeFromBelow(column: AgencyColumn.generalCode.header, code: level.code, below: code)),
                                agencyCode: agency.code)
        }
    }

    // MARK: Projects and products

    /// Opens a project from a `pr` row, or from a row without a class whose BP cell is a project
    /// code (`bare`: its name may come from the `pr` row below it).
    private mutating func openProject(bare: Bool) {
        finishProject()
        pastTotals = false
        let written = bp
        let reading = AgencyBPCode.read(written)
        var unread: String?
        switch reading {
        case .exact: break
        case .normalised(let code):
            warn(.bp, .bpNormalised(column: AgencyColumn.bp.header, text: written, code: code))
        case .none:
            unread = written
        }
        let name = text(.name)
        var budget = budget()
        if budget.modified == nil, text(.modified).isEmpty {
            warn(.modified, .projectWithoutAmount(column: AgencyColumn.modified.header))
            budget.modified = 0
        }
        let code = text(.agencyCode).filter(\.isNumber)
        var rowAgency = agency
        if !code.isEmpty, code != agency.code {
            rowAgency.code = code
            if !agencyMismatchReported {
                agencyMismatchReported = true
                warn(.agencyCode, .agencyMismatch(column: AgencyColumn.agencyCode.header, sheetAgency: agency.code, rowAgency: code))
            }
        }
        let plan = levels.prefix(3).map { $0 ?? PlanLevel(code: "", name: "") }
        let project = Project(bp: reading?.code ?? "", bpin: "", name: name, agency: rowAgency, plan: plan,
                              territoryCode: Territory.cityWideCode, activities: [], reportedBudget: budget)
        open = OpenProject(project: project, bpLocation: location(.bp), unreadBP: unread, fromBareRow: bare,
                           progress: percent(.projectProgress), fallbackProgress: percent(.productProgress))
    }

    private mutating func addProduct() {
        // Taken out while it grows, so that appending does not copy its products.
        guard var current = open else { return }
        open = nil
        let position = current.project.activities.count + 1
        var code = bp
        if code.isEmpty {
            code = String(position)
            warn(.bp, .productWithoutCode(column: AgencyColumn.bp.header, position: position))
        } else if current.project.bp.isEmpty, let derived = AgencyBPCode.projectCode(ofProduct: code) {
            current.project.bp = derived
            let written = current.unreadBP.flatMap { $0.isEmpty ? nil : $0 }
            diagnostics.warning(current.bpLocation,
                                .agency(.bpFromFirstProduct(column: AgencyColumn.bp.header, written: written, code: derived)),
                                agencyCode: agency.code)
            current.unreadBP = nil
        }
        let weight = percent(.weight).map { $0 / 100 }
        let contribution = percent(.productProgress)
        // The sheet writes each product's share of the project's progress (its progress times its
        // weight); the product's own progress is that share over its weight.
        var progress: Double?
        if let contribution, let weight, weight > 0 {
            progress = (contribution / weight * 1_000_000).rounded() / 1_000_000
            if contribution / 100 > weight + 0.000_001 {
                warn(.productProgress, .shareExceedsWeight(column: AgencyColumn.productProgress.header,
                                                           share: contribution / 100, weight: weight))
            }
        }
        let projectProgress = percent(.projectProgress)
        if current.progress == nil, let projectProgress { current.progress = projectProgress }
        var quarterly = [Double?](repeating: nil, count: 4)
        quarterly[quarter] = progress
        var executions = [Double?](repeating: nil, count: 4)
        executions[quarter] = number(.productExecution)
        var explanations = [String](repeating: "", count: 4)
        explanations[quarter] = text(.explanation)
        let indicator = levels[3] ?? PlanLevel(code: "", name: "")
        let product = Product(planGoalCode: indicator.code, planGoalName: indicator.name, mgaCode: "",
                              mgaName: text(.productIndicator), programmedQuantity: number(.productTarget),
                              execution: executions, progress: quarterly)
        var name = text(.productGoal)
        if name.isEmpty { name = text(.productIndicator) }
        let activity = Activity(code: code, name: name, bp: current.project.bp, territoryCode: Territory.cityWideCode,
                                weight: weight, progress: quarterly, explanations: explanations, variables: "",
                                product: product, projectProgress: nil, budget: budget(), start: date(.start),
                                end: date(.end), subAgency: text(.responsible),
                                source: SourceLocation(file: source.path, line: row.line, column: 1))
        current.project.activities.append(activity)
        open = current
    }

    /// Closes the open project: its BP code (made up, with a warning, when neither its row nor a
    /// product gives one) and its progress (the project row's "% de avance del proyecto", else the
    /// first product row's, else the project row's "% de ejecución física de los productos").
    private mutating func finishProject() {
        guard var current = open else { return }
        open = nil
        if current.project.bp.isEmpty {
            let made = "sin-bp-\(agency.code)-\(current.bpLocation.line)"
            let written = current.unreadBP.flatMap { $0.isEmpty ? nil : $0 }
            diagnostics.warning(current.bpLocation,
                                .agency(.bpMadeUp(column: AgencyColumn.bp.header, written: written, published: made)),
                                agencyCode: agency.code)
            current.project.bp = made
        }
        if current.project.name.isEmpty {
            diagnostics.warning(current.bpLocation, .agency(.projectWithoutName(project: current.project.bp)), agencyCode: agency.code)
        }
        let progress = current.progress ?? current.fallbackProgress
        for index in current.project.activities.indices {
            current.project.activities[index].bp = current.project.bp
            current.project.activities[index].projectProgress = progress
        }
        current.project.reportedProgress = progress
        projects.append(current.project)
    }
}
