/// A source behind a fact, with the sentence that supports it where known.
public struct SourceCitation: Hashable, Codable, Sendable {
    /// The source's row id.
    public let sourceID: Int64
    /// The source's label: its title, or else its publisher, dateline and date.
    public let label: String
    /// When the source was published, as a partial ISO date.
    public let publishedOn: String?
    /// The sentence of the source that supports the fact, when known.
    public let evidence: String?
    /// The source's publisher, when known.
    public let publisher: String?
    /// How sure the fact is as this source backs it (`stated`, `inferred`, `uncertain`); nil when not said.
    public let certainty: String?
    /// An analyst's note on the fact, apart from the evidence.
    public let note: String?

    /// A citation of source `sourceID`; what is not known stays nil.
    public init(sourceID: Int64, label: String, publishedOn: String?, evidence: String?, publisher: String? = nil,
                certainty: String? = nil, note: String? = nil) {
        self.sourceID = sourceID
        self.label = label
        self.publishedOn = publishedOn
        self.evidence = evidence
        self.publisher = publisher
        self.certainty = certainty
        self.note = note
    }

    /// True when the source says the fact is inferred or uncertain rather than stated.
    public var isUnsure: Bool { certainty == Certainty.inferred.rawValue || certainty == Certainty.uncertain.rawValue }
}
