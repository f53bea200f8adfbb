import Foundation
import OpenData

/// The cache of `sitegen serve` is how its builds read sources: a file unchanged since the last
/// build is not parsed again.
extension SourceCache: SourceReading {
    public func read<T: Sendable>(_ url: URL, kind: String, diagnostics: inout Diagnostics,
                                  parse: (inout Diagnostics) -> T) -> T {
        value(url, kind: kind, diagnostics: &diagnostics, parse: parse)
    }
}
