import Foundation
import PackagePlugin

/// Embeds the package's `themes/default` into the target it is applied to: the `EmbedTheme` tool
/// writes every file of the theme into one generated Swift source (`EmbeddedThemeFiles.swift`),
/// so the built binary carries its default theme and runs from any folder. Every theme file is an
/// input of the command, so editing one re-runs it.
@main
struct EmbedThemePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "themes/default")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemeFiles.swift")
        return [.buildCommand(
            displayName: "Embedding themes/default",
            executable: try context.tool(named: "EmbedTheme").url,
            arguments: [theme.path, output.path],
            inputFiles: Self.files(under: theme),
            outputFiles: [output]
        )]
    }

    /// Every regular file below `folder` (the theme's folders included, so adding a file re-runs).
    static func files(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }.sorted { $0.path < $1.path }
    }
}
