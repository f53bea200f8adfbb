import Foundation
import OpenData

/// Reads the content folder, validates it and makes the model (`ContentLoader`); with `strict`,
/// every warning is an error.
struct ReadStage {
    let options: SiteBuilder.Options
    /// How each source file is read: afresh, or kept between the builds of `sitegen serve`.
    let reading: any SourceReading

    func run() -> (SiteContent?, Diagnostics) {
        var diagnostics = Diagnostics()
        let loader = ContentLoader(root: options.content, environment: options.environment, reading: reading)
        var content = loader.load(diagnostics: &diagnostics)
        if let baseURL = options.baseURL { content?.config.baseURL = baseURL }
        if options.strict {
            var promoted = Diagnostics()
            for item in diagnostics.items { promoted.append(Diagnostic(.error, item.location, item.problem, agencyCode: item.agencyCode)) }
            diagnostics = promoted
        }
        content?.diagnostics = diagnostics
        return (content, diagnostics)
    }
}
