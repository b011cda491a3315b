import Foundation

/// Folds a name to the form aliases are looked up by, so that spellings of one name meet:
/// "Pak–China", "Pak-China" and "pak  china" all become "pak china"; "Zürich" becomes "zurich";
/// "Co., Ltd." becomes "co ltd"; "Pakistan’s" becomes "pakistans".
///
/// Case, diacritics and width are folded; apostrophes and invisible characters (zero-width joiners
/// and spaces, soft hyphens, bidi controls: Unicode's default-ignorable code points) vanish; "&" reads
/// "and"; every other run of punctuation, dashes or spaces becomes one space. Letters of any script
/// (Urdu, Chinese) are kept.
public enum NameNormaliser {
    /// The version of these rules. The base records the version that made its stored keys and
    /// re-normalises them when it differs. Bump it with every change to what a name folds to.
    /// 1: the first rules; 2: default-ignorable code points vanish (a name with a zero-width joiner
    /// inside printed exactly like one without it, yet made a second entity).
    public static let version = 2

    /// Folds `name` to its lookup form: "Pak–China" becomes "pak china".
    public static func normalise(_ name: String) -> String {
        asciiNormalised(name) ?? foundationNormalised(name)
    }

    /// The same folding for a name that is all ASCII (most names), done byte by byte: several times
    /// faster than Foundation's folding, with exactly its result (a test compares the two).
    /// Nil when the name holds any non-ASCII character.
    static func asciiNormalised(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // Written straight into the new string: each byte gives at most 4 ("&" gives " and").
            return String(unsafeUninitializedCapacity: bytes.count * 4) { result in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        if pendingSpace && count > 0 {
                            result[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        result[count] = byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0)
                        count += 1
                    case UInt8(ascii: "'"), UInt8(ascii: "`"):
                        continue
                    case UInt8(ascii: "&"):
                        if count > 0 {
                            result[count] = 0x20
                            count += 1
                        }
                        result[count] = UInt8(ascii: "a")
                        result[count + 1] = UInt8(ascii: "n")
                        result[count + 2] = UInt8(ascii: "d")
                        count += 3
                        pendingSpace = true
                    default:
                        pendingSpace = true
                    }
                }
                return count
            }
        }
    }

    /// The general folding, through Foundation: any script, any diacritic.
    static func foundationNormalised(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            } else if apostrophes.contains(scalar) || scalar.properties.isDefaultIgnorableCodePoint
                        || CharacterSet.nonBaseCharacters.contains(scalar) {
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
