import Foundation

/// A closed list of values that sources write by name, matched without case, accents or repeated
/// spaces ("CONTROL SOCIAL" and "control  social" are `Control Social`).
public protocol NamedChoice: CaseIterable, RawRepresentable, Sendable where RawValue == String {}

extension NamedChoice {
    /// The choice named `text`, or nil when it is not in the list.
    public init?(matching text: String) {
        let key = HeaderName.normalise(text)
        guard let found = Self.allCases.first(where: { HeaderName.normalise($0.rawValue) == key }) else { return nil }
        self = found
    }

    /// Every name of the list, in order, for problems.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The URL segment of the choice (`control-social`).
    public var slug: String { Slug.make(rawValue) }
}

/// The three procedures of the participation plan.
public enum ParticipationProcedure: String, NamedChoice, Codable, Comparable {
    case participatoryPlanning = "Planeación Participativa"
    case socialControl = "Control Social"
    case promotion = "Promoción de la Participación"

    public static func < (a: Self, b: Self) -> Bool { order(a) < order(b) }
    static func order(_ value: Self) -> Int { allCases.firstIndex(of: value) ?? 0 }
}

/// The phases of the public-management cycle an action belongs to.
public enum ManagementPhase: String, NamedChoice, Codable, Comparable {
    case diagnosis = "diagnóstico"
    case formulation = "formulación"
    case implementation = "implementación"
    case followUp = "seguimiento"
    case evaluation = "evaluación"

    public static func < (a: Self, b: Self) -> Bool { order(a) < order(b) }
    static func order(_ value: Self) -> Int { allCases.firstIndex(of: value) ?? 0 }
}

/// How citizens take part in an action: in person, through electronic media, or both.
public enum ParticipationModality: String, NamedChoice, Codable {
    case inPerson = "presencial"
    case electronic = "electrónica"
    case mixed = "mixta"
}

/// One action of an agency's participation action plan: what it does with which value group, in
/// which procedure and phase, where and when, and how far it has got.
public struct ParticipationAction: Sendable, Hashable, Codable {
    public var agency: Agency
    public var procedure: ParticipationProcedure
    public var phase: ManagementPhase
    public var activity: String
    public var valueGroup: String
    public var modality: ParticipationModality
    /// Territory codes the action touches; `[99]` (city-wide) when the source leaves it empty.
    public var territoryCodes: [Int]
    public var start: LocalDate?
    public var end: LocalDate?
    public var goal: String
    public var indicator: String
    /// Progress 0–100.
    public var progress: Double?
    /// An http(s) link to the evidence, or empty.
    public var evidenceURL: String
    /// Where the action is written (file and line).
    public var source: SourceLocation

    public init(agency: Agency, procedure: ParticipationProcedure, phase: ManagementPhase, activity: String,
                valueGroup: String, modality: ParticipationModality, territoryCodes: [Int], start: LocalDate?,
                end: LocalDate?, goal: String, indicator: String, progress: Double?, evidenceURL: String,
                source: SourceLocation) {
        self.agency = agency
        self.procedure = procedure
        self.phase = phase
        self.activity = activity
        self.valueGroup = valueGroup
        self.modality = modality
        self.territoryCodes = territoryCodes
        self.start = start
        self.end = end
        self.goal = goal
        self.indicator = indicator
        self.progress = progress
        self.evidenceURL = evidenceURL
        self.source = source
    }

    /// True when the action is not tied to one territory (code 99).
    public var isCityWide: Bool { territoryCodes.contains(Territory.cityWideCode) }

    /// True when the action touches `territoryCode` (city-wide actions touch only `ciudad`).
    public func touches(_ territoryCode: Int) -> Bool { territoryCodes.contains(territoryCode) }
}
