import OpenData

/// The keys a page's front matter may hold, each accepted in English and in Spanish.
enum FrontMatterKey: CaseIterable {
    case title, summary, date, territory, weight

    var english: String {
        switch self {
        case .title: "title"
        case .summary: "summary"
        case .date: "date"
        case .territory: "territory"
        case .weight: "weight"
        }
    }

    var spanish: String {
        switch self {
        case .title: "titulo"
        case .summary: "resumen"
        case .date: "fecha"
        case .territory: "territorio"
        case .weight: "peso"
        }
    }

    /// Every accepted spelling, Spanish first.
    static let spellings: [String] = allCases.flatMap { [$0.spanish, $0.english] }
    /// The same spellings as a set, to check a page's keys against.
    static let known = Set(spellings)

    /// The accepted spelling closest to `key` (ignoring case), when it is close enough to be a typo:
    /// one edit for keys of up to five letters, two for longer ones.
    static func closest(to key: String) -> String? {
        let lowered = Array(key.lowercased())
        var best: (spelling: String, distance: Int)?
        for spelling in spellings {
            let distance = editDistance(lowered, Array(spelling))
            let allowed = spelling.count > 5 ? 2 : 1
            if distance <= allowed, distance < best?.distance ?? .max { best = (spelling, distance) }
        }
        return best?.spelling
    }

    /// Levenshtein distance: insertions, deletions and substitutions of one character.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension FrontMatter {
    /// The spelling of `key` this front matter uses: the Spanish one when both are given.
    func spelling(of key: FrontMatterKey) -> String? {
        if fields[key.spanish] != nil { return key.spanish }
        if fields[key.english] != nil { return key.english }
        return nil
    }

    /// The value of `key`, in whichever language it is written.
    func value(_ key: FrontMatterKey) -> Any? {
        spelling(of: key).flatMap { fields[$0] }
    }

    /// The value of `key` as text (see `string(_:)`).
    func string(_ key: FrontMatterKey) -> String? {
        spelling(of: key).flatMap { string($0) }
    }

    /// Warnings, at each key's line in `text`: a key that is not one of the known ones (naming the
    /// closest known key when there is one), and a key given in both languages (naming the one used).
    func checkKeys(text: String, file: String, diagnostics: inout Diagnostics) {
        let unknown = fields.keys.filter { !FrontMatterKey.known.contains($0) }
        let repeated = FrontMatterKey.allCases.filter { fields[$0.spanish] != nil && fields[$0.english] != nil }
        // Finding the keys' lines splits the text, so it is done only when there is something to report.
        guard !unknown.isEmpty || !repeated.isEmpty else { return }
        var found: [(line: Int, key: String, problem: ContentProblem)] = []
        let lines = keyLines(in: text)
        for key in unknown {
            found.append((lines[key] ?? 1, key, .unknownFrontMatterKey(key: key, suggestion: FrontMatterKey.closest(to: key))))
        }
        for key in repeated {
            found.append((lines[key.english] ?? 1, key.english, .repeatedFrontMatterKey(kept: key.spanish, ignored: key.english)))
        }
        for item in found.sorted(by: { ($0.line, $0.key) < ($1.line, $1.key) }) {
            diagnostics.warning(SourceLocation(file: file, line: item.line, column: 1), .content(item.problem))
        }
    }

    /// The line of each `key:` of the front matter in `text` (the first, when repeated), found in
    /// one pass over the front matter's lines, as `line(of:in:)` counts them.
    func keyLines(in text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var number = 0
        for line in text.split(separator: "\n", maxSplits: bodyLine, omittingEmptySubsequences: false) {
            number += 1
            if number >= bodyLine - 1 { break }
            guard number > 1, let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            if lines[key] == nil { lines[key] = number }
        }
        return lines
    }
}
