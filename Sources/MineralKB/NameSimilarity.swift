/// How alike two normalised names are, from 0 (nothing shared) to 1 (the same), for ranking the
/// names a search finds.
///
/// A name that contains the query scores by how much of the name the query covers, more at the start
/// of the name or of a word; any other pair scores by the trigrams they share (Dice's coefficient),
/// and short names, where one typo breaks most trigrams, also by edit distance.
enum NameSimilarity {
    static func score(query: String, name: String) -> Double {
        if query == name { return 1 }
        let queryCount = query.count, nameCount = name.count
        guard queryCount > 0, nameCount > 0 else { return 0 }
        if let range = name.range(of: query) {
            let coverage = Double(queryCount) / Double(nameCount)
            let atStart = range.lowerBound == name.startIndex
            let atWord = atStart || name[name.index(before: range.lowerBound)] == " "
            return 0.55 + 0.3 * coverage + (atStart ? 0.1 : atWord ? 0.05 : 0)
        }
        var best = 0.8 * dice(query, name)
        if max(queryCount, nameCount) <= 12 {
            let distance = editDistance(Array(query), Array(name))
            best = max(best, 0.8 * (1 - Double(distance) / Double(max(queryCount, nameCount))))
        }
        // A misspelt query against a longer name: compare with the name's start of the same length.
        if nameCount > queryCount {
            let head = String(name.prefix(queryCount))
            best = max(best, 0.7 * dice(query, head) + 0.1 * Double(queryCount) / Double(nameCount))
        }
        return best
    }

    /// The trigrams of `text` padded with a space at each end, so short words have trigrams too.
    static func trigrams(_ text: String) -> Set<String> {
        let characters = Array(" \(text) ")
        guard characters.count >= 3 else { return [String(characters)] }
        var result = Set<String>()
        for start in 0...(characters.count - 3) { result.insert(String(characters[start..<start + 3])) }
        return result
    }

    static func dice(_ a: String, _ b: String) -> Double {
        let left = trigrams(a), right = trigrams(b)
        guard !left.isEmpty || !right.isEmpty else { return 0 }
        return 2 * Double(left.intersection(right).count) / Double(left.count + right.count)
    }

    /// Levenshtein distance: insertions, deletions and substitutions, one each.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
