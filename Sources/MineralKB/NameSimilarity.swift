/// How alike two normalised names are, from 0 (nothing shared) to 1 (the same), for ranking the
/// names a search finds.
///
/// A name that contains the query scores by how much of the name the query covers, more at the start
/// of the name or of a word; any other pair scores by the trigrams they share (Dice's coefficient),
/// and short names, where one typo breaks most trigrams, also by edit distance.
///
/// A search scores hundreds of names against one query: `Query` prepares the query once, and
/// names that are all ASCII (most) are compared byte by byte, with exactly the result of the
/// general comparison by `Character` (a test compares the two).
enum NameSimilarity {
    static func score(query: String, name: String) -> Double {
        Query(query).score(name)
    }

    /// A query prepared for scoring many names.
    struct Query {
        let text: String
        private let bytes: [UInt8]?
        private let byteTrigrams: [UInt32]
        private let characterTrigrams: Set<String>

        init(_ text: String) {
            self.text = text
            let utf8 = Array(text.utf8)
            bytes = utf8.allSatisfy({ $0 < 0x80 }) ? utf8 : nil
            byteTrigrams = bytes.map { NameSimilarity.trigrams($0[...]) } ?? []
            characterTrigrams = NameSimilarity.trigrams(text)
        }

        func score(_ name: String) -> Double {
            if text == name { return 1 }
            if let bytes {
                var name = name
                if let score = name.withUTF8({ NameSimilarity.asciiScore(query: bytes, queryTrigrams: byteTrigrams, name: $0) }) {
                    return score
                }
            }
            return NameSimilarity.characterScore(query: text, queryTrigrams: characterTrigrams, name: name)
        }
    }

    /// The comparison by `Character`, for any script.
    static func characterScore(query: String, queryTrigrams: Set<String>, name: String) -> Double {
        if query == name { return 1 }
        let queryCount = query.count, nameCount = name.count
        guard queryCount > 0, nameCount > 0 else { return 0 }
        if let range = name.range(of: query) {
            let coverage = Double(queryCount) / Double(nameCount)
            let atStart = range.lowerBound == name.startIndex
            let atWord = atStart || name[name.index(before: range.lowerBound)] == " "
            return 0.55 + 0.3 * coverage + (atStart ? 0.1 : atWord ? 0.05 : 0)
        }
        var best = 0.8 * dice(queryTrigrams, trigrams(name))
        if max(queryCount, nameCount) <= 12 {
            let distance = editDistance(Array(query), Array(name))
            best = max(best, 0.8 * (1 - Double(distance) / Double(max(queryCount, nameCount))))
        }
        // A misspelt query against a longer name: compare with the name's start of the same length.
        if nameCount > queryCount {
            let head = String(name.prefix(queryCount))
            best = max(best, 0.7 * dice(queryTrigrams, trigrams(head)) + 0.1 * Double(queryCount) / Double(nameCount))
        }
        return best
    }

    /// The same comparison for an ASCII query and name, byte by byte; nil when the name is not ASCII.
    static func asciiScore(query: [UInt8], queryTrigrams: [UInt32], name: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
        let queryCount = query.count, nameCount = name.count
        guard queryCount > 0, nameCount > 0 else { return 0 }
        if let start = firstOccurrence(of: query, in: name) {
            let coverage = Double(queryCount) / Double(nameCount)
            let atStart = start == 0
            let atWord = atStart || name[start - 1] == UInt8(ascii: " ")
            return 0.55 + 0.3 * coverage + (atStart ? 0.1 : atWord ? 0.05 : 0)
        }
        var best = 0.8 * dice(queryTrigrams, trigrams(name[...]))
        if max(queryCount, nameCount) <= 12 {
            let distance = editDistance(query, Array(name))
            best = max(best, 0.8 * (1 - Double(distance) / Double(max(queryCount, nameCount))))
        }
        if nameCount > queryCount {
            best = max(best, 0.7 * dice(queryTrigrams, trigrams(name[..<queryCount])) + 0.1 * Double(queryCount) / Double(nameCount))
        }
        return best
    }

    /// Where `needle` first occurs in `haystack`, as a byte offset.
    private static func firstOccurrence(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return start }
            }
            start += 1
        }
        return nil
    }

    /// The trigrams of `text` padded with a space at each end, so short words have trigrams too.
    static func trigrams(_ text: String) -> Set<String> {
        let characters = Array(" \(text) ")
        guard characters.count >= 3 else { return [String(characters)] }
        var result = Set<String>()
        for start in 0...(characters.count - 3) { result.insert(String(characters[start..<start + 3])) }
        return result
    }

    /// The same for ASCII bytes, each trigram packed in an integer: sorted, without repeats.
    static func trigrams<Bytes: Collection<UInt8>>(_ text: Bytes) -> [UInt32] where Bytes.Index == Int {
        let space = UInt32(UInt8(ascii: " "))
        var result: [UInt32] = []
        result.reserveCapacity(text.count)
        var window = space  // the last three bytes seen, starting with the padding space
        var seen = 1
        for byte in text {
            window = (window << 8 | UInt32(byte)) & 0xFF_FFFF
            seen += 1
            if seen >= 3 { result.append(window) }
        }
        window = (window << 8 | space) & 0xFF_FFFF
        result.append(window)
        result.sort()
        var unique = 0
        for index in result.indices where index == 0 || result[index] != result[unique - 1] {
            result[unique] = result[index]
            unique += 1
        }
        result.removeLast(result.count - unique)
        return result
    }

    static func dice(_ a: String, _ b: String) -> Double {
        dice(trigrams(a), trigrams(b))
    }

    static func dice(_ left: Set<String>, _ right: Set<String>) -> Double {
        guard !left.isEmpty || !right.isEmpty else { return 0 }
        return 2 * Double(left.intersection(right).count) / Double(left.count + right.count)
    }

    /// Dice's coefficient of two sorted, repeat-free trigram lists.
    static func dice(_ left: [UInt32], _ right: [UInt32]) -> Double {
        guard !left.isEmpty || !right.isEmpty else { return 0 }
        var shared = 0, i = 0, j = 0
        while i < left.count && j < right.count {
            if left[i] == right[j] {
                shared += 1
                i += 1
                j += 1
            } else if left[i] < right[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(left.count + right.count)
    }

    /// Levenshtein distance: insertions, deletions and substitutions, one each.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
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
