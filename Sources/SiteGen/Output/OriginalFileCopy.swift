import Foundation
import OpenData

/// Copies each cut's source file into the output byte for byte, in pieces, checking on the way
/// that its bytes are still those whose size and SHA-256 the cut's page states.
enum OriginalFileCopy {
    static let pieceSize = 1 << 20

    static func copy(_ originals: [ReportCut: OriginalFile], into stage: any FileSink) throws {
        for original in originals.values.sorted(by: { $0.cut < $1.cut }) {
            guard let handle = FileHandle(forReadingAtPath: original.url.path) else {
                throw SiteBuilder.BuildError.output("\(original.relativePath): cannot read the file to publish it")
            }
            defer { try? handle.close() }
            let sha = SHA256.Hasher()
            var size = 0
            try stage.write(original.outputPath) { piece in
                while let data = try handle.read(upToCount: pieceSize), !data.isEmpty {
                    let bytes = Array(data)
                    sha.add(bytes)
                    size += bytes.count
                    try piece(bytes)
                }
            }
            guard FileFacts(byteSize: size, sha256: sha.finish()) == original.facts else {
                throw SiteBuilder.BuildError.output("\(original.relativePath): the file changed while the site was being built; build again")
            }
        }
    }
}
