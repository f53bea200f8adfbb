import OpenData
import Testing
@testable import SiteGen

/// Heading ids from bytes (and remembered ones) are `Slug.make` of the heading's text without tags.
@Suite(.tags(.unit)) struct HeadingSlugTests {
    @Test func sameAsSlugMake() {
        let headings = [
            "Contexto", "Presupuesto por fase", "  Qué   cambió? ", "<em>Objetivos</em> 2025", "A&amp;B", "--x--", "", "<a href=\"#\">",
            "Población <code>BP-1</code>", "Ñandú", "e\u{301}xito", "snake_case and CamelCase", "1. Uno", "x > y < z",
            String((0x20...0x7E).map { Character(Unicode.Scalar($0)!) }),
        ]
        for _ in 0..<2 {
            for heading in headings {
                #expect(HeadingAnchors.slug(Array(heading.utf8)[...]) == Slug.make(HeadingAnchors.stripTags(heading)),
                        "\(heading.debugDescription)")
            }
        }
    }
}
