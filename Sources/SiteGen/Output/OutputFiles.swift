import OpenData

/// The finished site in memory: relative path → bytes. Every path is checked to stay inside the
/// output folder before it is accepted.
public struct OutputFiles: Sendable {
    public private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    public enum PathError: Error, CustomStringConvertible {
        case unsafe(String)
        case duplicate(String)

        public var description: String {
            switch self {
            case .unsafe(let path): return "unsafe output path \"\(path)\""
            case .duplicate(let path): return "two outputs want the same path \"\(path)\""
            }
        }
    }

    /// True for relative paths made of safe segments (no '..', no absolute path, no control characters).
    public static func isSafe(_ path: String) -> Bool {
        // Paths of ASCII letters, digits and "-_./" (all that the build makes) are checked on bytes:
        // the same rule as `Slug.isSafeSegment` for each segment, without Foundation's character set.
        if let safe = isSafeASCII(path) { return safe }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !segments.isEmpty && segments.allSatisfy { Slug.isSafeSegment(String($0)) }
    }

    /// `isSafe` for paths made only of ASCII letters, digits and "-_./"; nil for any other path.
    static func isSafeASCII(_ path: String) -> Bool? {
        var segmentStart = true
        var segmentLength = 0
        for byte in path.utf8 {
            switch byte {
            case 0x2F: // "/"
                if segmentLength == 0 { return false }
                segmentStart = true
                segmentLength = 0
                continue
            case 0x2E: // "."
                if segmentStart { return false }
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F:
                break
            default:
                return nil
            }
            segmentStart = false
            segmentLength += 1
            if segmentLength > 120 { return false }
        }
        return segmentLength > 0
    }

    public mutating func add(_ path: String, _ bytes: [UInt8]) throws {
        guard Self.isSafe(path) else { throw PathError.unsafe(path) }
        guard files[path] == nil else { throw PathError.duplicate(path) }
        files[path] = bytes
    }

    public mutating func add(_ path: String, text: String) throws {
        try add(path, Array(text.utf8))
    }

    public var count: Int { files.count }
}
