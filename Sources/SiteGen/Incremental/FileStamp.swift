import Foundation

/// What identifies one version of a file on disk: size, modification and change times, inode.
public struct FileStamp: Sendable, Hashable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
    var changeSeconds: Int
    var changeNanoseconds: Int
    var inode: UInt64

    /// The file's current stamp, or nil when it cannot be read.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec),
                         nanoseconds: Int(info.st_mtim.tv_nsec), changeSeconds: Int(info.st_ctim.tv_sec),
                         changeNanoseconds: Int(info.st_ctim.tv_nsec), inode: UInt64(info.st_ino))
    }
}
