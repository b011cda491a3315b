/// Percentiles of a list of timings, as one BENCH line.
enum Measure {
    static func line(_ name: String, words: Int, times: [Double]) -> String {
        let sorted = times.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))] }
        func format(_ value: Double) -> String { String(Double((value * 100).rounded()) / 100) }
        return "BENCH \(name) words=\(words) runs=\(times.count) p50_ms=\(format(percentile(0.5))) p95_ms=\(format(percentile(0.95))) max_ms=\(format(sorted.last ?? 0))"
    }
}
