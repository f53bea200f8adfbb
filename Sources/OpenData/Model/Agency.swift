/// A city agency ("organismo", "centro gestor") that reports in the Cuadro 1S, e.g. 4133.
public struct Agency: Sendable, Hashable, Codable, Comparable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    public static func < (a: Agency, b: Agency) -> Bool { (a.code, a.name) < (b.code, b.name) }
}

/// One level of the development plan (e.g. level 1 "62 Ciudad Renovada y Sostenible").
public struct PlanLevel: Sendable, Hashable, Codable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
