/// A problem of a comuna or corregimiento prioritized in its participatory diagnosis, tied to the
/// development-plan line (Cuadro 1S "Nivel 1 PD" or "Nivel 2 PD" code) that should answer it.
public struct PrioritizedProblem: Sendable, Hashable, Codable {
    public var territoryCode: Int
    /// A Nivel 1 ("62") or Nivel 2 ("6202") development-plan code.
    public var planLine: String
    public var problem: String
    public var causes: String
    public var consequences: String
    public var affectedPopulation: Int?
    /// 1 is the highest priority.
    public var priority: Int
    public var sourceDocument: String
    public var year: Int?
    public var source: SourceLocation

    public init(territoryCode: Int, planLine: String, problem: String, causes: String, consequences: String,
                affectedPopulation: Int?, priority: Int, sourceDocument: String, year: Int?, source: SourceLocation) {
        self.territoryCode = territoryCode
        self.planLine = planLine
        self.problem = problem
        self.causes = causes
        self.consequences = consequences
        self.affectedPopulation = affectedPopulation
        self.priority = priority
        self.sourceDocument = sourceDocument
        self.year = year
        self.source = source
    }
}
