import ArgumentParser
import Foundation

/// Options of the commands that build a site, on top of what site.yml says.
struct SiteOptions: ParsableArguments {
    @Option(name: .customLong("base-url"),
            help: "Absolute URL the site is published at (http:// or https://), instead of site.yml's base_url; for previews.")
    var baseURLText: String?

    func validate() throws {
        guard let text = baseURLText?.trimmingCharacters(in: .whitespaces) else { return }
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
            throw ValidationError("--base-url must be an absolute URL starting with http:// or https:// (got '\(text)')")
        }
    }

    /// `--base-url` as site.yml's `base_url` is kept: trimmed, ending in `/`.
    var baseURL: String? {
        guard let text = baseURLText?.trimmingCharacters(in: .whitespaces) else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
