import ArgumentParser
import Foundation
import OpenData
import SiteGen

/// `sitegen init DIR`: writes a starter content folder for a new municipality.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a starter content folder for a new municipality.")

    @Argument(help: "Folder to create; it must be empty or not exist.")
    var folder: String

    @Flag(help: "Write into the folder even when it is not empty (existing starter files are replaced).")
    var force = false

    @Option(name: .customLong("municipio"), help: "The municipality's name, as site.yml `municipio`.")
    var municipality: String = BuiltInDefaults.municipality

    @Option(name: .customLong("codigo-dane"), help: "The municipality's five-digit DANE code, as site.yml `codigo_dane`.")
    var daneCode: String = BuiltInDefaults.daneCode

    func run() throws {
        let url = URL(fileURLWithPath: folder)
        do {
            let written = try StarterFolder.write(to: url, municipality: municipality, daneCode: daneCode, force: force)
            print("sitegen: \(written.count) archivos escritos en \(folder); luego: sitegen build --content \(folder)")
        } catch let failure as StarterFolder.Failure {
            FileHandle.standardError.write(Data("sitegen: error: \(failure)\n".utf8))
            throw ExitCode.failure
        }
    }
}
