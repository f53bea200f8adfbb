import Mustache
import Testing
@testable import SiteGen

/// The byte-level escape gives exactly the text of swift-mustache's own HTML escape.
@Suite(.tags(.unit)) struct HTMLEscapeTests {
    static let samples = [
        "", "plain", "Pichindé", "a < b & c > d", "\"quoted\" and 'single'", "<<>>&&''\"\"",
        "ñ<", "<ñ", "é&é", "<\u{301}", "x&\u{200D}y", "\u{0600}<", "'\u{FE0F}", "\r\n<\r\n", "👩‍👩‍👧<👍🏽>",
        "a\u{0308}<b", "<\u{0903}", String(repeating: "árbol & <nodo> ", count: 50),
    ]

    @Test func sameTextAsTheLibrary() throws {
        let template = try MustacheTemplate(string: "{{x}}")
        for text in Self.samples {
            #expect(HTMLEscape.escape(text) == template.render(["x": text]), "\(text.debugDescription)")
            #expect(HTMLEscape.escape(text) == HTMLEscape.byCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func pragmaLeavesNoTrace() throws {
        _ = HTMLEscape.registered
        let texts = ["{{x}}\n", "  {{#list}}\n{{.}}\n  {{/list}}\n", "{{=<% %>=}}\n<% x %>", "\n\n{{x}}"]
        for text in texts {
            let plain = try MustacheTemplate(string: text)
            let fast = try MustacheTemplate(string: HTMLEscape.pragma + text)
            let model: [String: Any] = ["x": "<b> & 'c'", "list": ["1<", "2&"]]
            #expect(plain.render(model) == fast.render(model), "\(text.debugDescription)")
        }
    }
}
