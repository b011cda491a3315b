import Foundation

/// Percentiles of a list of timings, as one BENCH line.
enum Measure {
    /// CPU time this thread has used, in milliseconds.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    static func line(_ name: String, words: Int, times: [Double]) -> String {
        let sorted = times.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))] }
        func format(_ value: Double) -> String { String(Double((value * 100).rounded()) / 100) }
        return "BENCH \(name) words=\(words) runs=\(times.count) p50_ms=\(format(percentile(0.5))) p95_ms=\(format(percentile(0.95))) max_ms=\(format(sorted.last ?? 0))"
    }
}
