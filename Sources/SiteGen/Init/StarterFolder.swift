import Foundation
import OpenData

/// Writes `StarterFiles` into a folder for `sitegen init`: refuses a folder that already holds
/// anything unless forced, so no one's content is overwritten by mistake.
public enum StarterFolder {
    /// Why a starter folder was not written; the description is the message printed.
    public enum Failure: Error, CustomStringConvertible {
        case notEmpty(path: String)
        case notAFolder(path: String)
        case badDANECode(text: String)

        public var description: String {
            switch self {
            case .notEmpty(let path): "\(path): la carpeta no está vacía; use --force para escribir en ella de todos modos"
            case .notAFolder(let path): "\(path): existe y no es una carpeta"
            case .badDANECode(let text): "--codigo-dane \"\(text)\": el código DANE de un municipio tiene cinco dígitos"
            }
        }
    }

    /// Writes every starter file under `folder` (created when missing); with `force`, over what is
    /// there. Returns the paths written, relative to `folder`.
    @discardableResult
    public static func write(to folder: URL, municipality: String = BuiltInDefaults.municipality,
                             daneCode: String = BuiltInDefaults.daneCode, force: Bool = false) throws -> [String] {
        guard daneCode.count == 5, daneCode.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw Failure.badDANECode(text: daneCode) }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Failure.notAFolder(path: folder.path) }
            let entries = try manager.contentsOfDirectory(atPath: folder.path)
            if !entries.isEmpty && !force { throw Failure.notEmpty(path: folder.path) }
        }
        let files = StarterFiles.files(municipality: municipality, daneCode: daneCode)
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
        }
        return files.map(\.path)
    }
}
