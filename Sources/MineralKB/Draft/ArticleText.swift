import Foundation

/// An article's text cut into paragraphs, sentences and words, every piece knowing its character offsets.
///
/// Offsets count `Character`s in `characters` (paragraphs joined by a newline), so every later stage
/// can point at text without copying it.
struct ArticleText: Sendable {
    /// The article's characters, paragraphs joined by "\n".
    let characters: [Character]
    /// Each paragraph's character range.
    let paragraphs: [Range<Int>]
    /// Every word, in order.
    let tokens: [Token]
    /// Every sentence, in order.
    let sentences: [Sentence]

    /// Cuts `paragraphs` (already without blank lines and boilerplate).
    init(paragraphs texts: [String]) {
        var characters: [Character] = []
        var paragraphs: [Range<Int>] = []
        for (index, text) in texts.enumerated() {
            if index > 0 { characters.append("\n") }
            let start = characters.count
            characters.append(contentsOf: text)
            paragraphs.append(start..<characters.count)
        }
        self.characters = characters
        self.paragraphs = paragraphs
        var tokens: [Token] = []
        for (index, range) in paragraphs.enumerated() {
            ArticleText.tokenise(characters, range, paragraph: index, into: &tokens)
        }
        self.tokens = tokens
        self.sentences = ArticleText.sentences(characters, paragraphs, tokens)
    }

    /// The text of a character range, as printed.
    func text(_ range: Range<Int>) -> String {
        String(characters[max(0, range.lowerBound)..<min(characters.count, range.upperBound)])
    }

    /// The text between two tokens (exclusive of both), as printed.
    func gap(after token: Int) -> String {
        let start = tokens[token].range.upperBound
        let end = token + 1 < tokens.count ? tokens[token + 1].range.lowerBound : characters.count
        return text(start..<max(start, end))
    }

    /// The sentence holding character offset `offset`.
    func sentence(at offset: Int) -> Sentence? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = sentences[middle].range
            if offset < range.lowerBound { high = middle - 1 } else if offset >= range.upperBound { low = middle + 1 } else { return sentences[middle] }
        }
        return nil
    }

    /// The index of the first token starting at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Words

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Characters that join two parts of one word: "Pak–China", "state-owned", "U.S", "O’Brien".
    private static let joiners: Set<Character> = ["-", "–", "‑", "’", "'", "."]

    private static func tokenise(_ characters: [Character], _ range: Range<Int>, paragraph: Int, into tokens: inout [Token]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let character = characters[index]
            if character == "&" {
                tokens.append(Token(text: "&", lower: "&", range: index..<index + 1, paragraph: paragraph, isPossessive: false))
                index += 1
                continue
            }
            guard isWordCharacter(character) else { index += 1; continue }
            let start = index
            while index < range.upperBound {
                if isWordCharacter(characters[index]) { index += 1; continue }
                // A joiner counts only between word characters; a dot only after a single letter ("U.S.").
                if joiners.contains(characters[index]), index + 1 < range.upperBound, isWordCharacter(characters[index + 1]) {
                    if characters[index] == "." && !(index - start == 1 || (index >= 2 && characters[index - 2] == ".")) { break }
                    index += 1
                    continue
                }
                break
            }
            var word = String(characters[start..<index])
            var isPossessive = false
            for suffix in ["’s", "'s", "’S", "'S"] where word.hasSuffix(suffix) && word.count > 2 {
                word.removeLast(2)
                isPossessive = true
            }
            if !isPossessive, index < range.upperBound, characters[index] == "’" || characters[index] == "'",
               word.hasSuffix("s"), index + 1 >= range.upperBound || !isWordCharacter(characters[index + 1]) {
                isPossessive = true  // "companies’ offices"
            }
            tokens.append(Token(text: word, lower: word.lowercased(), range: start..<index, paragraph: paragraph, isPossessive: isPossessive))
        }
    }

    // MARK: - Sentences

    private static let closingMarks: Set<Character> = ["\"", "”", "’", ")", "'"]

    private static func sentences(_ characters: [Character], _ paragraphs: [Range<Int>], _ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var tokenIndex = 0
        for (paragraph, range) in paragraphs.enumerated() {
            var start = range.lowerBound
            var firstToken = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].paragraph == paragraph {
                let token = tokens[tokenIndex]
                tokenIndex += 1
                // A sentence ends after . ? or ! (and any closing marks) followed by a space and a
                // capital, a digit or an opening mark, unless the word before is an abbreviation.
                var cursor = token.range.upperBound
                if cursor < range.upperBound, characters[cursor] == "%" { cursor += 1 }  // "40%."
                guard cursor < range.upperBound, ".?!".contains(characters[cursor]) else { continue }
                let stop = characters[cursor]
                cursor += 1
                while cursor < range.upperBound, closingMarks.contains(characters[cursor]) || ".?!".contains(characters[cursor]) { cursor += 1 }
                guard cursor < range.upperBound, characters[cursor] == " " else { continue }
                var next = cursor
                while next < range.upperBound, characters[next] == " " { next += 1 }
                guard next < range.upperBound else { continue }
                let following = characters[next]
                guard following.isUppercase || following.isNumber || "\"“‘(".contains(following) else { continue }
                if stop == ".", !token.isPossessive,
                   DraftVocabulary.abbreviations.contains(token.lower) || (token.text.count == 1 && token.isCapitalised) {
                    continue
                }
                sentences.append(make(characters, sentences.count, paragraph, start..<cursor, firstToken..<tokenIndex))
                start = next
                firstToken = tokenIndex
            }
            if start < range.upperBound {
                sentences.append(make(characters, sentences.count, paragraph, start..<range.upperBound, firstToken..<tokenIndex))
            }
        }
        return sentences
    }

    private static func make(_ characters: [Character], _ index: Int, _ paragraph: Int, _ range: Range<Int>, _ tokens: Range<Int>) -> Sentence {
        let text = String(characters[range]).trimmingSpaces()
        return Sentence(index: index, paragraph: paragraph, range: range, tokens: tokens, text: text)
    }
}
