/// A small, fast, seeded random number generator (SplitMix64): the same seed gives the same
/// documents on every machine and every run, so a figure can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// A whole number in lower...upper.
    mutating func between(_ lower: Int, _ upper: Int) -> Int { lower + below(upper - lower + 1) }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A rank in 0..<n drawn from a power law: rank r is chosen with probability about
    /// proportional to 1/sqrt(r + 1), so a few ranks (the hubs) are drawn very often and most
    /// rarely. The degrees this gives follow a power law of exponent 3, as in preferential attachment.
    mutating func skewed(_ n: Int) -> Int {
        let u = unit()
        return min(n - 1, Int(Double(n) * u * u))
    }

    /// The numbers 0..<n in a random order.
    mutating func permutation(_ n: Int) -> [Int32] {
        var result = (0..<n).map { Int32($0) }
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) { result.swapAt(i, below(i + 1)) }
        }
        return result
    }
}
