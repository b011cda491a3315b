/// A small, fast, seeded random number generator (SplitMix64, Steele, Lea and Flood 2014): the same
/// seed gives the same sequence on every machine, so a generated case or a benchmark's data can be
/// reproduced from its seed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in 0..<n (0 when n < 1).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// A whole number in lower...upper.
    public mutating func between(_ lower: Int, _ upper: Int) -> Int { lower + below(upper - lower + 1) }

    /// A number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// One of `items` (which must not be empty).
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// A rank in 0..<n drawn from a power law: rank r is chosen with probability about
    /// proportional to 1/sqrt(r + 1), so a few ranks (the hubs) are drawn very often and most
    /// rarely. The degrees this gives follow a power law of exponent 3, as in preferential attachment.
    public mutating func skewed(_ n: Int) -> Int {
        let u = unit()
        return min(n - 1, Int(Double(n) * u * u))
    }

    /// The numbers 0..<n in a random order.
    public mutating func permutation(_ n: Int) -> [Int32] {
        var result = (0..<n).map { Int32($0) }
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) { result.swapAt(i, below(i + 1)) }
        }
        return result
    }
}
