import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Seconds on the monotonic clock.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The peak resident memory of this process so far, in mebibytes (getrusage's ru_maxrss).
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// CPU seconds (user and system) this process has used so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// CPU seconds this process has used so far, to the nanosecond (CLOCK_PROCESS_CPUTIME_ID): precise
/// enough to time one query, which getrusage's accounting is not.
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The value below which `fraction` of `values` lie (nearest rank).
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

/// A number for a BENCH line: a few significant digits, no exponent.
func figure(_ value: Double) -> String {
    guard value.isFinite else { return "nan" }
    let magnitude = abs(value)
    let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.1 ? 3 : 4
    return String(format: "%.\(decimals)f", value)
}

/// What a finished child process did.
struct ChildRun {
    let exitCode: Int32
    let seconds: Double
    /// Peak resident memory of the child alone (wait4's rusage), in mebibytes.
    let peakMiB: Double
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
}

/// Runs a program (found on PATH when `path` has no slash) with stdout sent to `stdoutPath`
/// (or /dev/null) and stdin from `stdinPath`; stderr stays the benchmark's. Timed from spawn to exit.
func runChild(_ path: String, _ arguments: [String], stdoutPath: String? = nil, stdinPath: String? = nil) throws -> ChildRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if let stdinPath { posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0) }
    // The peak memory a child reports through wait4 starts at its parent's (the high-water mark
    // carries over the exec), so a child of this large process would look large. GNU time is a
    // tiny parent that forks the program and reports the program's own peak.
    let timeOutput = FileManager.default.temporaryDirectory.appendingPathComponent("kbbench-time-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
    let measured = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
    defer { if measured { try? FileManager.default.removeItem(atPath: timeOutput) } }
    let command = measured ? ["/usr/bin/time", "-f", "%M", "-o", timeOutput, path] + arguments : [path] + arguments
    let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = now()
    let code = posix_spawnp(&pid, command[0], &actions, nil, argv, environ)
    guard code == 0 else { throw BenchmarkFailure(description: "cannot run \(path): \(String(cString: strerror(code)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let seconds = now() - start
    let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    var peakKiB = Double(usage.ru_maxrss)
    if measured, let text = try? String(contentsOfFile: timeOutput, encoding: .utf8),
       let last = text.split(separator: "\n").last, let kib = Double(last.trimmingCharacters(in: .whitespaces)) {
        peakKiB = kib
    }
    return ChildRun(exitCode: exitCode, seconds: seconds, peakMiB: peakKiB / 1024)
}

/// Finds `name` on PATH.
func which(_ name: String) -> String? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Lines of `key=value` pairs a child prints after "RESULT ".
func parseResult(_ path: String) throws -> [String: String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var result: [String: String] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("RESULT ") {
        for pair in line.dropFirst(7).split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { result[String(parts[0])] = String(parts[1]) }
        }
    }
    return result
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}
