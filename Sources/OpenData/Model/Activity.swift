/// One activity of an investment project, as one row of a Cuadro 1S cut reports it.
public struct Activity: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var bp: String
    public var territoryCode: Int
    /// Share of the project (0–1) this activity weighs.
    public var weight: Double?
    /// Progress per quarter I–IV, 0–100.
    public var progress: Quarters<Double?>
    /// The agency's explanation per quarter I–IV.
    public var explanations: Quarters<String>
    public var variables: String
    public var product: Product
    /// The project's overall physical progress (0–100) as reported on this row.
    public var projectProgress: Double?
    public var budget: Budget
    public var start: LocalDate?
    public var end: LocalDate?
    public var subAgency: String
    /// Where the row is in its source.
    public var source: SourceLocation

    public init(code: String, name: String, bp: String, territoryCode: Int, weight: Double?, progress: [Double?],
                explanations: [String], variables: String, product: Product, projectProgress: Double?,
                budget: Budget, start: LocalDate?, end: LocalDate?, subAgency: String, source: SourceLocation) {
        self.code = code
        self.name = name
        self.bp = bp
        self.territoryCode = territoryCode
        self.weight = weight
        self.progress = Quarters(progress)
        self.explanations = Quarters(explanations)
        self.variables = variables
        self.product = product
        self.projectProgress = projectProgress
        self.budget = budget
        self.start = start
        self.end = end
        self.subAgency = subAgency
        self.source = source
    }

    /// The latest quarter with a reported progress value.
    public var latestProgress: Double? { progress.lazy.compactMap { $0 }.last }

    /// Identity of the reported data, ignoring where the row sits: two rows equal here are one activity.
    func sameData(as other: Activity) -> Bool {
        var a = self, b = other
        a.source = b.source
        return a == b
    }
}

/// The development-plan goal and MGA product an activity contributes to.
public struct Product: Sendable, Hashable, Codable {
    public var planGoalCode: String
    public var planGoalName: String
    public var mgaCode: String
    public var mgaName: String
    public var programmedQuantity: Double?
    /// Physical execution per quarter I–IV.
    public var execution: Quarters<Double?>
    /// Product progress per quarter I–IV, 0–100.
    public var progress: Quarters<Double?>

    public init(planGoalCode: String, planGoalName: String, mgaCode: String, mgaName: String,
                programmedQuantity: Double?, execution: [Double?], progress: [Double?]) {
        self.planGoalCode = planGoalCode
        self.planGoalName = planGoalName
        self.mgaCode = mgaCode
        self.mgaName = mgaName
        self.programmedQuantity = programmedQuantity
        self.execution = Quarters(execution)
        self.progress = Quarters(progress)
    }
}
