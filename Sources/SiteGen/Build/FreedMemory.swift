#if canImport(Glibc)
import Glibc
#endif

/// Keeps the build's resident memory close to what it really holds, with two glibc calls (looked
/// up at run time: Swift's Glibc module does not declare them):
/// - at most two malloc arenas: with one arena per thread, memory freed by one stage's threads is
///   not reused by the next stage's, and a national build grew by hundreds of megabytes;
/// - `malloc_trim` between stages, which hands back pages freed by the last stage (the Cuadro 1S
///   file read whole, a stage's buffers).
/// At 100× this decided whether the build stayed under 2 GB.
public enum FreedMemory {
    /// Call once, before the build starts threads.
    public static func limitArenas() {
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
