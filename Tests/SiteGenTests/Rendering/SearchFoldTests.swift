import Foundation
import OpenData
import Testing
@testable import SiteGen

/// The search index's fast fold gives exactly what folding the whole line with Foundation gave.
@Suite(.tags(.unit)) struct SearchFoldTests {
    static var samples: [String] {
        var texts = [
            "", "Pichindé", "Comuna 6 · Pichindé", "BP-26004123 · Secretaría de Educación", "ÁRBOL Ñandú Über ß straße",
            "e\u{301}xito a\u{0308}", "  --  ", "x\u{200D}y", "İstanbul ǅemal ﬁn", "½ ² ³ ٣ ४", "Ωμέγα ΣΊΣΥΦΟΣ", "日本語 テスト",
            "👩‍👩‍👧 casa 👍🏽", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text", "tab\there\nline", "José's \"quote\" <tag> & co.", "\u{00A0}nbsp\u{2028}sep",
        ]
        texts.append(String((0x20...0x7E).map { Character(Unicode.Scalar($0)!) }))
        texts.append(String((0xA0...0x17F).map { Character(Unicode.Scalar($0)!) }))
        texts.append((0xA0...0x24F).map { "w\(String(Unicode.Scalar($0)!))w" }.joined(separator: " "))
        return texts
    }

    @Test func sameWordsAsFoundation() {
        var fold = SearchFold()
        for _ in 0..<2 { // the second round reads remembered characters
            for text in Self.samples {
                #expect(fold.words(text) == SearchFold.reference(text), "\(text.debugDescription)")
            }
        }
    }
}
