import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Exchanges two paths in one step with Linux's `renameat2(RENAME_EXCHANGE)`: at every instant
/// each of the two names holds one of the two trees, so a kill can never leave either missing.
enum FolderExchange {
    /// What `exchange` did.
    enum Outcome: Equatable {
        /// Each path now holds what the other held.
        case exchanged
        /// One of the paths does not exist (ENOENT): there is nothing to exchange with.
        case missing
        /// This system or filesystem cannot exchange: no `renameat2` in the C library, or the
        /// kernel or filesystem refused the flag (EINVAL, ENOSYS).
        case unsupported
        /// Any other failure, with its `errno`.
        case failed(Int32)
    }

    static func exchange(_ first: String, _ second: String) -> Outcome {
        #if os(Linux)
        // glibc ≥ 2.28 has renameat2, but Swift's Glibc module does not declare it (it is behind
        // _GNU_SOURCE): it is looked up at run time.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return .unsupported }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1 // RENAME_EXCHANGE in <linux/fs.h>
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return .exchanged }
        let code = errno
        switch code {
        case ENOENT: return .missing
        case EINVAL, ENOSYS: return .unsupported
        default: return .failed(code)
        }
        #else
        return .unsupported
        #endif
    }
}
