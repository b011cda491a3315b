/// One place in the article where an entity is named.
struct Mention: Sendable {
    /// The entity, as an index into the drafter's entity list.
    let entity: Int
    /// Character offsets of the name as printed.
    let range: Range<Int>
    /// True when inside quotation marks (then it is never an antecedent for "he" or "she").
    let isInsideQuote: Bool
    /// True for a nationality adjective ("Chinese" names China).
    let isAdjective: Bool
}

extension Array where Element == Mention {
    /// The position of the first mention that starts at or after `offset`, in mentions sorted by
    /// where they start (binary search: a long article's sentences and quotes do not each scan
    /// every mention).
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The mentions that start inside `range`, in text order (of mentions sorted by where they start).
    func starting(in range: Range<Int>) -> ArraySlice<Mention> {
        let first = firstIndex(startingAtOrAfter: range.lowerBound)
        let end = firstIndex(startingAtOrAfter: range.upperBound)
        return self[first..<Swift.max(first, end)]
    }

    /// The mentions that start before `offset`, in text order (of mentions sorted by where they start).
    func starting(before offset: Int) -> ArraySlice<Mention> {
        self[..<firstIndex(startingAtOrAfter: offset)]
    }
}
