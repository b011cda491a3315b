import MineralKB

/// Quotes by words, speaker, organisation, forum or mention, the words found marked in the text.
public enum QuotesPage {
    /// What the form holds, as typed.
    public struct Form: Sendable {
        /// Words to find.
        public var search: String?
        /// Said by this person (name or #ID).
        public var speaker: String?
        /// Said on behalf of this organisation.
        public var organisation: String?
        /// Said at this forum.
        public var forum: String?
        /// Mentioning this entity.
        public var mentions: String?

        /// A form with these values.
        public init(search: String?, speaker: String?, organisation: String?, forum: String?, mentions: String?) {
            self.search = search
            self.speaker = speaker
            self.organisation = organisation
            self.forum = forum
            self.mentions = mentions
        }
    }

    /// The page: the form, then the quotes (nil before a search).
    public static func body(form: Form, quotes: [QuoteRow]?, limit: Int, linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        w.element("h1", "Quotes")
        w.raw("<form class=\"filters\" method=\"get\" action=\"")
        w.text((linkBase ?? "") + "/quotes")
        w.raw("\">")
        FirmsPage.input(&w, "q", "Words", form.search, placeholder: "vast mineral resources")
        FirmsPage.input(&w, "speaker", "Speaker", form.speaker, placeholder: "Min Ziheng")
        FirmsPage.input(&w, "organisation", "Organisation", form.organisation, placeholder: "")
        FirmsPage.input(&w, "forum", "Forum", form.forum, placeholder: "")
        FirmsPage.input(&w, "mentions", "Mentions", form.mentions, placeholder: "copper")
        w.raw("<button>Find</button></form>")
        guard let quotes else { return w.html }
        if quotes.isEmpty { w.element("p", "No quote matches.", class: "muted") }
        let words = form.search.map(searchWords) ?? []
        for quote in quotes { QuotesPage.quote(&w, quote, highlight: words, showSpeaker: true) }
        if quotes.count == limit { w.element("p", "Showing the first \(limit); narrow the search to see others.", class: "muted") }
        return w.html
    }

    /// One quote: the words (hits marked), who said it where and when, and its source, linked.
    static func quote(_ w: inout HTMLWriter, _ quote: QuoteRow, highlight: [String], showSpeaker: Bool) {
        w.raw("<blockquote><p>")
        w.raw(highlighted(quote.text, words: highlight))
        w.raw("</p><p class=\"src\">")
        if quote.form == "paraphrase" { w.text("(paraphrase) ") }
        if showSpeaker, let speaker = quote.speaker {
            w.entity(speaker)
            if let role = quote.speakerRole { w.text(", \(role)") }
            w.text(" · ")
        }
        if let organisation = quote.organisation, showSpeaker {
            w.entity(organisation)
            w.text(" · ")
        }
        if let forum = quote.forum {
            w.text("at ")
            w.entity(forum)
            w.text(" · ")
        }
        if let said = quote.saidOn { w.text("\(said) · ") }
        w.source(quote.source)
        w.raw("</p></blockquote>")
    }

    /// The searched words, folded as names are.
    static func searchWords(_ text: String) -> [String] {
        NameNormaliser.normalise(text).split(separator: " ").map(String.init)
    }

    /// The text escaped, with each word that is a searched word (folded the same way) in `<mark>`.
    static func highlighted(_ text: String, words: [String]) -> String {
        guard !words.isEmpty else { return HTMLEscaping.text(text) }
        var result = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let folded = NameNormaliser.normalise(word)
            if !folded.isEmpty, words.contains(folded) {
                result += "<mark>" + HTMLEscaping.text(word) + "</mark>"
            } else {
                result += HTMLEscaping.text(word)
            }
            word = ""
        }
        for character in text {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                flush()
                result += HTMLEscaping.text(String(character))
            }
        }
        flush()
        return result
    }
}
