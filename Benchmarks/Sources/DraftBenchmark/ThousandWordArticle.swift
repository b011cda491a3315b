import Foundation

/// A 1,000-word article made of the test articles' paragraphs, in name order, cut at the paragraph
/// that reaches 1,000 words: real news text, of the length the goal names.
struct ThousandWordArticle {
    let text: String
    let words: Int

    static func make(from directory: URL, words target: Int = 1_000) throws -> ThousandWordArticle {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var paragraphs: [String] = []
        var count = 0
        for file in files where count < target {
            for paragraph in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n") where count < target {
                let words = paragraph.split(whereSeparator: \.isWhitespace)
                guard !words.isEmpty else { continue }
                let kept = words.prefix(target - count)
                paragraphs.append(kept.joined(separator: " "))
                count += kept.count
            }
        }
        return ThousandWordArticle(text: paragraphs.joined(separator: "\n\n"), words: count)
    }
}
