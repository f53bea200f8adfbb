import Foundation

/// Reads a whole file into one byte array with POSIX calls (Foundation's `Data` then `Array(data)`
/// would hold the file twice).
enum FileBytes {
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        let ok: Bool = bytes.withUnsafeMutableBytes { raw in
            while offset < raw.count {
                let n = Foundation.read(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                if n == 0 { break }
                offset += n
            }
            return true
        }
        guard ok else { return nil }
        if offset < bytes.count { bytes.removeLast(bytes.count - offset) }
        // A file that grew while being read (or a pipe) is read to its end.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}
