extension Document {
    /// A forum: a conference, a meeting, a signing ceremony.
    public struct Forum: DocumentEntity {
        /// Declares a forum.
        public static var kind: EntityKind { .forum }

        /// Name, other names, ids, description, evidence and review (`DocumentEntity`).
        public var common: DocumentEntityFields
        /// When it starts.
        public var starts: PartialDate?
        /// How exact the start is.
        public var startsQualifier: DateQualifier?
        /// When it ends.
        public var ends: PartialDate?
        /// What kind of event: forum, conference, ceremony, signing, exhibition, meeting.
        public var kind: ForumKind?
        /// Its theme as printed.
        public var theme: String?
        /// Whether it was held: planned, held, cancelled, postponed.
        public var status: ForumStatus?
        /// Where it was held: a place (declared or known).
        public var venue: String?
        /// Figures this source gives (attendance...): other sources' figures are kept beside them.
        public var figures: [ForumFigure]?

        /// A forum called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, starts: PartialDate? = nil, startsQualifier: DateQualifier? = nil, ends: PartialDate? = nil) {
            common = DocumentEntityFields(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence)
            self.starts = starts
            self.startsQualifier = startsQualifier
            self.ends = ends
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, otherNames = "other_names", ids, description, evidence, starts, startsQualifier = "starts_qualifier", ends,
                 kind, theme, status, venue, figures, review
        }

        /// Reads the object form, or the shorthand: just the name as a string.
        public init(from decoder: Decoder) throws {
            let (common, container) = try Self.decodeCommon(from: decoder)
            self.common = common
            starts = try container?.decodeIfPresent(PartialDate.self, forKey: .starts)
            startsQualifier = try container?.decodeIfPresent(DateQualifier.self, forKey: .startsQualifier)
            ends = try container?.decodeIfPresent(PartialDate.self, forKey: .ends)
            kind = try container?.decodeIfPresent(ForumKind.self, forKey: .kind)
            theme = try container?.decodeIfPresent(String.self, forKey: .theme)
            status = try container?.decodeIfPresent(ForumStatus.self, forKey: .status)
            venue = try container?.decodeIfPresent(String.self, forKey: .venue)
            figures = try container?.decodeIfPresent([ForumFigure].self, forKey: .figures)
        }

        /// Writes the object form.
        public func encode(to encoder: Encoder) throws {
            var container = try encodeCommon(to: encoder)
            try container.encodeIfPresent(starts, forKey: .starts)
            try container.encodeIfPresent(startsQualifier, forKey: .startsQualifier)
            try container.encodeIfPresent(ends, forKey: .ends)
            try container.encodeIfPresent(kind, forKey: .kind)
            try container.encodeIfPresent(theme, forKey: .theme)
            try container.encodeIfPresent(status, forKey: .status)
            try container.encodeIfPresent(venue, forKey: .venue)
            try container.encodeIfPresent(figures, forKey: .figures)
        }
    }
}
