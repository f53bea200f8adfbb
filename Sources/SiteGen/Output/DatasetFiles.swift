import Foundation
import OpenData

/// Writes the CSV and JSON files of every dataset into the output, in parallel across the cores;
/// each file's bytes are dropped as soon as they are written.
enum DatasetFiles {
    static func write(_ datasets: [Dataset], into stage: OutputStage) throws {
        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: datasets.count) { index in
            for file in DatasetBuilder.files(of: datasets[index]) {
                do { try stage.write(file.path, file.bytes) } catch { failures.record("\(error)") }
            }
        }
        if let first = failures.first { throw SiteBuilder.BuildError.output(first) }
    }
}
