import Foundation
import Testing

/// The real Alcaldía files the `site` and `external` tiers read: `../shared/realdata` beside the
/// package, or the folder `SITEGEN_REALDATA` names. Tests that read them carry `.realData`, so that
/// without the folder they are skipped with a message instead of failing.
enum RealData {
    static var folder: URL {
        if let path = ProcessInfo.processInfo.environment["SITEGEN_REALDATA"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/realdata")
    }

    /// Whether the folder exists.
    static var isAvailable: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static var missing: Comment {
        Comment(rawValue: "\(folder.path) not found: real-data tests skipped (set SITEGEN_REALDATA to the folder of the real files)")
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only when the real files are there (see `RealData`).
    static var realData: Self { .enabled(if: RealData.isAvailable, RealData.missing) }
}
