extension Document {
    /// What someone said: exact words (direct) or the reported gist (paraphrase).
    public struct Quote: Hashable, Codable, Sendable {
        /// The words, or the reported statement.
        public var text: String
        /// Direct or paraphrase; nil reads as direct.
        public var form: QuoteForm?
        /// A name or alias of the person who said it.
        public var speaker: String?
        /// The speaker's title as printed.
        public var role: String?
        /// The organisation the speaker spoke for.
        public var organisation: String?
        /// The forum it was said at.
        public var forum: String?
        /// The outlet it was said to.
        public var toldTo: String?
        /// When it was said; nil reads as the source's published date.
        public var saidOn: PartialDate?
        /// Names of the entities (of any kind) it is about.
        public var mentions: [String]?
        /// The exact text of an already imported quote that this one rewords.
        public var original: String?
        /// A note for whoever reviews a draft (`mkb draft` writes one on each fact it proposes); the importer ignores it.
        public var review: String?

        /// A quote of `text`, with the details given.
        public init(text: String, form: QuoteForm? = nil, speaker: String? = nil, role: String? = nil, organisation: String? = nil,
                    forum: String? = nil, toldTo: String? = nil, saidOn: PartialDate? = nil, mentions: [String]? = nil,
                    original: String? = nil) {
            self.text = text
            self.form = form
            self.speaker = speaker
            self.role = role
            self.organisation = organisation
            self.forum = forum
            self.toldTo = toldTo
            self.saidOn = saidOn
            self.mentions = mentions
            self.original = original
        }

        /// The JSON field names.
        public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
            case text, form, speaker, role, organisation, forum, toldTo = "told_to", saidOn = "said_on", mentions, original, review
        }
    }
}
