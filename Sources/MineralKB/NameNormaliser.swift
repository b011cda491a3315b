import Foundation

/// Folds a name to the form aliases are looked up by, so that spellings of one name meet:
/// "Pak–China", "Pak-China" and "pak  china" all become "pak china"; "Zürich" becomes "zurich";
/// "Co., Ltd." becomes "co ltd"; "Pakistan’s" becomes "pakistans".
///
/// Case, diacritics and width are folded; apostrophes vanish; "&" reads "and"; every other run of
/// punctuation, dashes or spaces becomes one space. Letters of any script (Urdu, Chinese) are kept.
public enum NameNormaliser {
    public static func normalise(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            } else if apostrophes.contains(scalar) || CharacterSet.nonBaseCharacters.contains(scalar) {
                continue
            } else if scalar == "&" {
                if !result.isEmpty { result.append(" ") }
                result.append(contentsOf: "and".unicodeScalars)
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
        return String(result)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]
}
