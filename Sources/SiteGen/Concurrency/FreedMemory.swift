import Foundation
import OpenData
#if canImport(Glibc)
import Glibc
#endif

/// Keeps the build's resident memory close to what it really holds, with two glibc calls (looked
/// up at run time: Swift's Glibc module does not declare them):
/// - at most two malloc arenas for a national-scale build: with one arena per thread, memory freed
///   by one stage's threads is not reused by the next stage's, and the 100× build grew by about
///   230 MB (2.01 GB against 1.78 GB);
/// - `malloc_trim` between stages, which hands back pages freed by the last stage (the Cuadro 1S
///   file read whole, a stage's buffers).
/// At 100× this decided whether the build stayed under 2 GB.
public enum FreedMemory {
    /// Sources above this size make a national-scale build, whose memory matters more than the
    /// last bit of speed: two arenas made some 10,000-page builds half again slower (threads wait
    /// for each other's arena), so smaller builds keep glibc's default.
    static let nationalScale: Int64 = 64 << 20

    /// Call once, before the build starts threads: limits the arenas when the content's data
    /// sources (Cuadro 1S, budget execution) are of national scale.
    public static func limitArenas(content: URL) {
        let folders = ContentLayout.dataFolders.map { content.appendingPathComponent($0).path }
        var total: Int64 = 0
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                var info = stat()
                if stat(folder + "/" + name, &info) == 0 { total += Int64(info.st_size) }
            }
        }
        guard total > nationalScale else { return }
        #if canImport(Glibc)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
            _ = unsafeBitCast(symbol, to: MallOpt.self)(-8, 2) // M_ARENA_MAX
        }
        #endif
    }

    static func release() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
        #endif
    }
}
