import Foundation

/// The territories a site publishes, and how to recognise them however a source writes them:
/// codes ("6", "06", "6.0", 99), names and aliases compared without case or accents ("COMUNA 06",
/// "Comuna 6", "PICHINDE", "Pichindé", "EL HORMIGUERO", "ZONA RURAL").
public struct TerritoryCatalog: Sendable {
    public let territories: [Territory]
    private let byCode: [Int: Territory]
    private let byName: [String: Territory]

    /// Names, slugs and aliases are looked up folded; when two territories share one, the first in
    /// code order wins (`read` reports such clashes as errors, so only hand-made catalogs have them).
    public init(_ territories: [Territory]) {
        self.territories = territories.sorted()
        var byCode: [Int: Territory] = [:]
        var byName: [String: Territory] = [:]
        for territory in self.territories {
            byCode[territory.code] = territory
            for key in Self.keys(territory) where byName[key] == nil { byName[key] = territory }
        }
        self.byCode = byCode
        self.byName = byName
    }

    /// The comunas and corregimientos: the territories that divide the city, without the city-wide
    /// one and the aggregates.
    public var local: [Territory] { territories.filter(\.isDivision) }

    /// The areas that group territories (`tipo` agregado).
    public var aggregates: [Territory] { territories.filter { $0.kind == .aggregate } }

    public subscript(code: Int) -> Territory? { byCode[code] }

    public var cityWide: Territory? { byCode[Territory.cityWideCode] }

    /// What sources write for the whole city when the catalog names no alias for it.
    static var cityWideNames: Set<String> { BuiltInDefaults.cityWideNames }

    /// Resolves a territory as written in a source, or nil when it is not one of the catalog's.
    public func resolve(_ raw: String) -> Territory? {
        let text = raw.trimmedWhitespace
        if text.isEmpty { return nil }
        if let code = Self.code(text) { return byCode[code] }
        let key = Self.key(text)
        if let found = byName[key] { return found }
        let words = key.split(separator: " ")
        // "COMUNA 06", "Comuna 6", "comuna-06", "C6"
        if words.count == 2, ["comuna", "c"].contains(String(words[0])), let code = Int(words[1]) {
            return byCode[code].flatMap { $0.kind == .comuna ? $0 : nil }
        }
        // "Corregimiento Pance", "Corregimiento de Pance"
        if words.count > 1, words[0] == "corregimiento" {
            let rest = words.dropFirst(words[1] == "de" && words.count > 2 ? 2 : 1).joined(separator: " ")
            return byName[rest].flatMap { $0.kind == .corregimiento ? $0 : nil }
        }
        if Self.cityWideNames.contains(key) { return cityWide }
        return nil
    }

    /// The code `text` writes: ASCII digits, possibly followed by a zero fraction as a spreadsheet
    /// writes it ("6", "06", "6.0", "6,00"), or nil when it is not a whole number.
    static func code(_ text: String) -> Int? {
        let parts = text.utf8.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        guard parts.count <= 2, let whole = parts.first, (1...6).contains(whole.count),
              whole.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy { $0 == UInt8(ascii: "0") }) else { return nil }
        return Int(Substring(whole))
    }

    static func key(_ text: String) -> String {
        HeaderName.normalise(text.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
    }

    /// The folded names a territory answers to: its name, its slug and its aliases.
    static func keys(_ territory: Territory) -> [String] {
        [key(territory.name), key(territory.slug)] + territory.aliases.map(key)
    }

    /// The built-in territories (BuiltInDefaults), used when a content folder has no
    /// `territorios.csv`.
    public static var builtIn: TerritoryCatalog { BuiltInDefaults.territories }
}
