import Foundation

/// How a loader reads one source file: directly, or through a cache kept between builds
/// (`sitegen serve`). `kind` separates different readings of the same file.
public protocol SourceReading: Sendable {
    func read<T: Sendable>(_ url: URL, kind: String, diagnostics: inout Diagnostics,
                           parse: (inout Diagnostics) -> T) -> T
}

/// Reads every file afresh: what a plain build does.
public struct DirectReading: SourceReading {
    public init() {}
    public func read<T: Sendable>(_ url: URL, kind: String, diagnostics: inout Diagnostics,
                                  parse: (inout Diagnostics) -> T) -> T {
        parse(&diagnostics)
    }
}
