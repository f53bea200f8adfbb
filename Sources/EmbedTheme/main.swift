import Foundation

// Build tool of the EmbedThemePlugin: `EmbedTheme THEME_FOLDER OUTPUT.swift` writes every regular
// file below THEME_FOLDER (hidden files skipped), sorted by relative path, as base64 text in one
// Swift source that extends `EmbeddedTheme` in the SiteGen module. Base64 string literals keep
// compiling fast, where large byte-array literals would not, and carry binary assets unchanged.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedTheme THEME_FOLDER OUTPUT.swift\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])
let fileManager = FileManager.default

var paths: [String] = []
if let enumerator = fileManager.enumerator(atPath: folder.path) {
    for case let path as String in enumerator {
        var isDirectory: ObjCBool = false
        let hidden = path.split(separator: "/").contains { $0.hasPrefix(".") }
        if !hidden, fileManager.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
           !isDirectory.boolValue {
            paths.append(path)
        }
    }
}
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("EmbedTheme: error: \(folder.path): no theme files\n".utf8))
    exit(1)
}

var source = "// Generated at build time by the EmbedTheme tool from themes/default; not checked in.\n\n"
source += "extension EmbeddedTheme {\n    static let base64Files: [(path: String, base64: String)] = [\n"
for path in paths.sorted() {
    guard let data = fileManager.contents(atPath: folder.appendingPathComponent(path).path) else {
        FileHandle.standardError.write(Data("EmbedTheme: error: \(path): cannot read\n".utf8))
        exit(1)
    }
    let escaped = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(escaped)\", \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: output, options: .atomic)
} catch {
    FileHandle.standardError.write(Data("EmbedTheme: error: \(output.path): \(error)\n".utf8))
    exit(1)
}
