import OpenData
import Testing
@testable import SiteGen

/// The byte check of output paths agrees with the segment-by-segment check it stands in for, and
/// the page depth counted on bytes with splitting the path.
@Suite(.tags(.unit)) struct OutputPathCheckTests {
    static func reference(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !segments.isEmpty && segments.allSatisfy { Slug.isSafeSegment(String($0)) }
    }

    static let paths = [
        "", "/", "index.html", "a/index.html", "planes/plan-1/index.html", "/abs", "a//b", "a/", ".hidden", "a/.b", "a/b.",
        "a/../b", "..", "datos/x_y.csv", "A-Z_0-9.txt", String(repeating: "x", count: 120), String(repeating: "x", count: 121),
        "a/" + String(repeating: "y", count: 121) + "/b", "sp ace", "tab\t", "ñ/a", "a/é", "a\\b", "a:b", "a/b/c/d/e/f.g",
    ]

    @Test func sameAsSegmentCheck() {
        for path in Self.paths {
            #expect(OutputFiles.isSafe(path) == Self.reference(path), "\(path.debugDescription)")
        }
    }

    @Test func depthSameAsSplitting() {
        for path in Self.paths + ["territorios/pance/", "a/\u{301}b/"] {
            let depth = path.split(separator: "/").count
            #expect(PageContext.root(for: path) == (depth == 0 ? "./" : String(repeating: "../", count: depth)), "\(path.debugDescription)")
        }
    }
}
