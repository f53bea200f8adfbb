import Foundation

/// The default theme built into the binary: the files of the repository's `themes/default`,
/// written at build time by the `EmbedThemePlugin` (`base64Files`, generated, never checked in),
/// so `sitegen` builds a site from any folder with no theme nearby.
enum EmbeddedTheme {
    /// How the embedded files are named in messages.
    static let origin = "(sitegen built-in)/themes/default"

    /// Relative path → bytes, decoded once.
    static let files: [String: Data] = {
        var files: [String: Data] = [:]
        for file in base64Files {
            guard let data = Data(base64Encoded: file.base64) else { preconditionFailure("embedded theme file \(file.path) is not base64") }
            files[file.path] = data
        }
        return files
    }()
}
