import Foundation
import Testing

/// `sitegen build` killed with SIGKILL at many instants around the moment it swaps its staging
/// folder in: each time, the output folder must be whole, exactly the previous site or the new one.
///
/// The swap itself takes microseconds, so the builds run under `strace`, which holds the process
/// for a while after each rename-family system call: a kill then lands in the instant between two
/// renames if there is one. The kill times follow the swap moment as it moves with the machine's
/// load: a kill that left the previous site came before the swap, one that left the new site after.
@Suite(.tags(.external), .enabled(if: KillRig.strace != nil, "needs strace (apt-get install strace) to hold the build at its renames"))
struct AtomicSwapKillTests {
    @Test func killedBuildsLeaveTheOldSiteOrTheNew() throws {
        let rig = try KillRig()
        let sites = [try rig.reference(0), try rig.reference(1)]
        #expect(sites[0] != sites[1], "the two contents must build different sites")

        var current = 0
        try rig.build(current, killAfter: nil)
        #expect(try TestSupport.snapshot(rig.destination) == sites[current])

        // The swap moment, from the start of the process: first guessed from an unkilled build,
        // then moved after each kill towards the instant that splits old from new.
        let started = Date()
        try rig.build(1 - current, killAfter: nil)
        current = 1 - current
        var swapMoment = Date().timeIntervalSince(started) - KillRig.hold
        let offsets = (0..<KillRig.kills).map { KillRig.hold * (Double($0 % 8) / 3.5 - 1) } // -hold … +hold
        var outcomes: [String: Int] = [:]
        for (run, offset) in offsets.enumerated() {
            let next = 1 - current
            let delay = max(0.05, swapMoment + offset)
            try rig.build(next, killAfter: delay)
            let found = try TestSupport.snapshot(rig.destination)
            if found == sites[current] {
                outcomes["previous", default: 0] += 1
                swapMoment += KillRig.hold / 4
            } else if found == sites[next] {
                outcomes["new", default: 0] += 1
                current = next
                swapMoment -= KillRig.hold / 4
            } else {
                outcomes["broken", default: 0] += 1
                let shown = found.isEmpty ? "missing or empty" : "\(found.count) files, neither site"
                Issue.record("run \(run): killed \(Int(delay * 1000)) ms after start, the output was \(shown)")
            }
        }
        // Kills on both sides of the swap, or the test did not probe it.
        #expect(outcomes["previous", default: 0] >= 3 && outcomes["new", default: 0] >= 3, "\(outcomes)")

        // The next build that finishes removes what the killed ones left beside the output.
        try rig.build(1 - current, killAfter: nil)
        #expect(try TestSupport.snapshot(rig.destination) == sites[1 - current])
        let deadline = Date().addingTimeInterval(10)
        var left = try rig.besideOutput()
        while left != ["site"] && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            left = try rig.besideOutput()
        }
        #expect(left == ["site"])
    }
}

/// Two small contents, the built `sitegen` binary, and builds run under strace and killed on time.
struct KillRig {
    /// How long strace holds the build after each rename (seconds).
    static let hold = 0.15
    /// Builds killed around the swap.
    static let kills = 32

    static let strace: String? = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    let binary: URL
    let contents: [URL]
    let parent: URL
    var destination: URL { parent.appendingPathComponent("site") }

    init() throws {
        // `swift build` puts the sitegen product beside the test bundle.
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen")
        let debug = TestSupport.packageRoot.appendingPathComponent(".build/debug/sitegen")
        binary = try #require([beside, debug].first { FileManager.default.isExecutableFile(atPath: $0.path) },
                              "the sitegen binary was not built: run swift build")
        // One territory keeps a build under a second; the second content adds a territory and
        // changes the title, so both the files and their bytes differ.
        let territories = "codigo,tipo,nombre,alias\n1,comuna,Comuna 1,\n"
        contents = [
            try TestSupport.content(writing: ["site.yml": "title: \"Sitio A\"\nbase_url: \"https://example.org/a/\"\ndate: \"2025-07-15\"\n",
                                              "territorios.csv": territories]),
            try TestSupport.content(writing: ["site.yml": "title: \"Sitio B\"\nbase_url: \"https://example.org/a/\"\ndate: \"2025-07-15\"\n",
                                              "territorios.csv": territories + "2,comuna,Comuna 2,\n"]),
        ]
        parent = TestSupport.temporaryFolder("kill")
    }

    /// The site content `index` builds, from an unkilled build into a folder of its own.
    func reference(_ index: Int) throws -> [String: Data] {
        let output = TestSupport.temporaryFolder("kill-reference").appendingPathComponent("site")
        let process = try start([binary.path] + arguments(index, output: output))
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the reference build of content \(index) failed")
        return try TestSupport.snapshot(output)
    }

    /// Builds content `index` into `destination` under strace; with `killAfter`, SIGKILLs sitegen
    /// that many seconds after the start (if it still runs), and waits until it is gone.
    func build(_ index: Int, killAfter delay: Double?) throws {
        let pidFile = parent.appendingPathComponent("pid")
        try? FileManager.default.removeItem(at: pidFile)
        let renames = "rename,renameat,renameat2"
        let process = try start([KillRig.strace!, "-f", "--seccomp-bpf", "-o", "/dev/null", "-e", "trace=\(renames)",
                                 "-e", "inject=\(renames):delay_exit=\(Int(KillRig.hold * 1_000_000))",
                                 "/bin/sh", "-c", "echo $$ > \"$0\"; exec \"$@\"", pidFile.path, binary.path]
                                + arguments(index, output: destination))
        guard let delay else {
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "the unkilled build of content \(index) failed")
            return
        }
        Thread.sleep(forTimeInterval: delay)
        // sh wrote its pid and then became sitegen; it is killed only while it is still strace's
        // child, so a finished build's pid taken by another process is never hit.
        if let text = try? String(contentsOf: pidFile, encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)),
           parentID(of: pid) == process.processIdentifier {
            kill(pid, SIGKILL)
        }
        process.waitUntilExit()
    }

    /// The names in the output's parent folder, except the rig's pid file.
    func besideOutput() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0 != "pid" }.sorted()
    }

    private func arguments(_ index: Int, output: URL) -> [String] {
        ["build", "--content", contents[index].path, "--output", output.path, "--theme", TestSupport.theme.path]
    }

    private func start(_ command: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The parent process id of `pid` (from /proc), or nil once it is gone.
    private func parentID(of pid: Int32) -> Int32? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 ? Int32(fields[1]) : nil
    }
}
