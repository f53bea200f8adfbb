import ArgumentParser
import SiteGen

/// `sitegen`: builds a transparency site and open datasets from Markdown and CSV sources.
@main
struct SitegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Publica datos de inversión y participación como sitio estático y datos abiertos.",
        version: SitegenVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
