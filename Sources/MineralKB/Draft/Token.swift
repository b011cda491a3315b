/// One word of an article, with where it stands.
struct Token: Sendable {
    /// The word as printed, without a possessive "’s".
    let text: String
    /// The word in lower case, for matching.
    let lower: String
    /// Character offsets in the article (possessive included).
    let range: Range<Int>
    /// The paragraph it is in.
    let paragraph: Int
    /// True when printed with a possessive "’s" or "s’".
    let isPossessive: Bool

    /// True when it starts with a capital letter or a digit inside a name ("Pak–China", "K2").
    var isCapitalised: Bool { text.first?.isUppercase ?? false }

    /// True when every letter is a capital ("APP", "OGDCL").
    var isAllCaps: Bool { text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase) }
}
