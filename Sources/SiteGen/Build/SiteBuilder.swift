import Foundation
import OpenData

/// What a build did, for the one-line summary.
public struct BuildSummary: Sendable {
    public var pages: Int
    public var datasets: Int
    public var files: Int
    public var seconds: Double
    public var diagnostics: Diagnostics
    /// Things the build could not do that are not problems of the sources (e.g. no base_url).
    public var notes: [String]
    /// Time spent in each stage.
    public var timings: StageTimings
}

/// Builds a site: `build()` runs every stage of `BuildPipeline` and swaps the result into the
/// output folder (nothing is written to it unless every stage succeeded); `check()` runs only the
/// first, reading and validating the content.
public struct SiteBuilder {
    public struct Options: Sendable {
        public var content: URL
        public var output: URL
        public var theme: URL?
        /// Treat warnings as errors.
        public var strict: Bool
        public var environment: [String: String]
        /// Replaces site.yml's `base_url` (`--base-url`, for previews); absolute, ending in `/`.
        public var baseURL: String?

        public init(content: URL, output: URL, theme: URL? = nil, strict: Bool = false,
                    environment: [String: String] = ProcessInfo.processInfo.environment, baseURL: String? = nil) {
            self.content = content
            self.output = output
            self.theme = theme
            self.strict = strict
            self.environment = environment
            self.baseURL = baseURL
        }
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    public enum BuildError: Error, CustomStringConvertible {
        /// The sources have errors; nothing was written.
        case invalidSources(Diagnostics)
        case output(String)

        public var description: String {
            switch self {
            case .invalidSources(let diagnostics):
                return "the content has \(diagnostics.errorCount) error(s); nothing was written"
            case .output(let message): return message
            }
        }
    }

    /// Reads and validates the content without writing anything (`sitegen check`).
    public func check() -> (SiteContent?, Diagnostics) {
        ReadStage(options: options, reading: DirectReading()).run()
    }

    /// Runs every stage and swaps the result into the output folder.
    public func build() throws -> BuildSummary {
        let output = try OutputFolder(destination: options.output)
        return try BuildPipeline(options: options, reading: DirectReading(), runner: PlainRunner(output: output)).run()
    }
}
