/// A small RDF graph built in code (IRIs and literals only, no blank nodes), written as Turtle and as
/// JSON-LD from the same triples, so both serialisations state exactly the same graph.
public struct RDFGraph: Sendable {
    public enum Object: Sendable, Hashable {
        case iri(String)
        /// A literal with a language tag.
        case text(String, language: String)
        /// A literal with a datatype IRI (nil: plain xsd:string).
        case literal(String, datatype: String?)
    }

    public struct Triple: Sendable, Hashable {
        public var subject: String
        public var predicate: String
        public var object: Object
    }

    public static let prefixes: [(String, String)] = [
        ("dcat", "http://www.w3.org/ns/dcat#"),
        ("dct", "http://purl.org/dc/terms/"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("vcard", "http://www.w3.org/2006/vcard/ns#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("spdx", "http://spdx.org/rdf/terms#"),
        ("locn", "http://www.w3.org/ns/locn#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ]
    static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    public private(set) var triples: [Triple] = []
    /// The same triples, to keep `triples` free of repeats without scanning it.
    private var seen = Set<Triple>()
    public init() {}

    /// Adds a triple; `predicate` may be a prefixed name (`dct:title`).
    public mutating func add(_ subject: String, _ predicate: String, _ object: Object) {
        let triple = Triple(subject: subject, predicate: Self.expand(predicate), object: object)
        if seen.insert(triple).inserted { triples.append(triple) }
    }

    public mutating func type(_ subject: String, _ type: String) { add(subject, "rdf:type", .iri(Self.expand(type))) }

    public static func expand(_ name: String) -> String {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")),
              let namespace = namespaces[String(name[..<colon])] else { return name }
        return namespace + name[name.utf8.index(after: colon)...]
    }

    private static let namespaces = Dictionary(uniqueKeysWithValues: prefixes)

    /// `compact` of every distinct IRI of one serialisation, worked out once (a catalog repeats the
    /// same predicates and classes thousands of times).
    struct Compactor {
        private var known: [String: String?] = [:]

        mutating func callAsFunction(_ iri: String) -> String? {
            if let done = known[iri] { return done }
            let result = RDFGraph.compact(iri)
            known[iri] = result
            return result
        }
    }

    static func compact(_ iri: String) -> String? {
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) {
            let local = iri.dropFirst(namespace.count)
            if !local.isEmpty, local.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }) {
                return prefix + ":" + local
            }
        }
        return nil
    }

    /// Subjects in the order they first appear, with their triples.
    var subjects: [(String, [Triple])] {
        var order: [String] = []
        var bySubject: [String: [Triple]] = [:]
        for triple in triples {
            if bySubject[triple.subject] == nil { order.append(triple.subject) }
            bySubject[triple.subject, default: []].append(triple)
        }
        return order.map { ($0, bySubject[$0]!) }
    }

    // MARK: Turtle

    public var turtle: String {
        var out = ""
        var compact = Compactor()
        for (prefix, namespace) in Self.prefixes { out += "@prefix \(prefix): <\(namespace)> .\n" }
        for (subject, triples) in subjects {
            out += "\n" + Self.iriRef(subject)
            for (index, triple) in triples.enumerated() {
                let predicate = triple.predicate == Self.rdfType ? "a" : (compact(triple.predicate) ?? Self.iriRef(triple.predicate))
                out += (index == 0 ? " " : " ;\n    ") + predicate + " " + Self.turtle(triple.object, &compact)
            }
            out += " .\n"
        }
        return out
    }

    static func turtle(_ object: Object, _ compact: inout Compactor) -> String {
        switch object {
        case .iri(let iri): return compact(iri) ?? iriRef(iri)
        case .text(let text, let language): return quoted(text) + "@" + language
        case .literal(let text, let datatype):
            return quoted(text) + (datatype.map { "^^" + (compact($0) ?? iriRef($0)) } ?? "")
        }
    }

    static func iriRef(_ iri: String) -> String {
        var out = "<"
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }

    /// A Turtle string literal: JSON's escapes (`\"`, `\n`, `\u003c`…) are valid Turtle escapes.
    static func quoted(_ text: String) -> String { JSONText.string(text) }

    // MARK: JSON-LD

    /// The graph as JSON-LD: a context of the prefixes and one node per subject, full IRIs as values.
    public var jsonLD: JSONValue {
        var compact = Compactor()
        let context = JSONValue.object(Self.prefixes.map { ($0.0, .string($0.1)) })
        var nodes: [JSONValue] = []
        for (subject, triples) in subjects {
            var pairs: [(String, JSONValue)] = [("@id", .string(subject))]
            let types = triples.filter { $0.predicate == Self.rdfType }.compactMap { triple -> JSONValue? in
                if case .iri(let iri) = triple.object { return .string(iri) }
                return nil
            }
            if !types.isEmpty { pairs.append(("@type", .array(types))) }
            var order: [String] = []
            var values: [String: [JSONValue]] = [:]
            for triple in triples where triple.predicate != Self.rdfType {
                if values[triple.predicate] == nil { order.append(triple.predicate) }
                values[triple.predicate, default: []].append(Self.jsonLD(triple.object))
            }
            for predicate in order { pairs.append((compact(predicate) ?? predicate, .array(values[predicate]!))) }
            nodes.append(.object(pairs))
        }
        return .object([("@context", context), ("@graph", .array(nodes))])
    }

    static func jsonLD(_ object: Object) -> JSONValue {
        switch object {
        case .iri(let iri): return .object([("@id", .string(iri))])
        case .text(let text, let language): return .object([("@value", .string(text)), ("@language", .string(language))])
        case .literal(let text, let datatype):
            guard let datatype else { return .object([("@value", .string(text))]) }
            return .object([("@value", .string(text)), ("@type", .string(datatype))])
        }
    }
}
