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
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("dcatap", "http://data.europa.eu/r5r/"),
        ("gsp", "http://www.opengis.net/ont/geosparql#"),
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

    public var turtle: String { String(decoding: turtleBytes, as: UTF8.self) }

    /// The graph as Turtle, written straight into UTF-8 bytes (a catalog has tens of thousands of
    /// triples).
    public var turtleBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(triples.count * 96)
        var compact = Compactor()
        for (prefix, namespace) in Self.prefixes { out.append(contentsOf: "@prefix \(prefix): <\(namespace)> .\n".utf8) }
        for (subject, triples) in subjects {
            out.append(10)
            Self.appendIRIRef(subject, to: &out)
            for (index, triple) in triples.enumerated() {
                out.append(contentsOf: (index == 0 ? " " : " ;\n    ").utf8)
                if triple.predicate == Self.rdfType {
                    out.append(UInt8(ascii: "a"))
                } else {
                    Self.appendTerm(triple.predicate, &compact, to: &out)
                }
                out.append(32)
                switch triple.object {
                case .iri(let iri): Self.appendTerm(iri, &compact, to: &out)
                case .text(let text, let language):
                    JSONText.append(text, to: &out)
                    out.append(UInt8(ascii: "@"))
                    out.append(contentsOf: language.utf8)
                case .literal(let text, let datatype):
                    JSONText.append(text, to: &out)
                    if let datatype {
                        out.append(contentsOf: "^^".utf8)
                        Self.appendTerm(datatype, &compact, to: &out)
                    }
                }
            }
            out.append(contentsOf: " .\n".utf8)
        }
        return out
    }

    /// A prefixed name when the IRI has one, else `<iri>`.
    static func appendTerm(_ iri: String, _ compact: inout Compactor, to out: inout [UInt8]) {
        if let name = compact(iri) { out.append(contentsOf: name.utf8) } else { appendIRIRef(iri, to: &out) }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `<iri>` with the characters Turtle does not allow in an IRI written as `\uXXXX`.
    static func appendIRIRef(_ iri: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        for byte in iri.utf8 {
            switch byte {
            case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: ">"))
    }


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
