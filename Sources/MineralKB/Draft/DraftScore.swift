/// How well a draft recovers a hand-made document: precision and recall per kind of fact.
public struct DraftScore: Sendable, Equatable {
    /// Counts for one kind of fact: how many the draft proposed, how many the reference holds,
    /// and how many of the draft's are in the reference.
    public struct Measure: Sendable, Equatable {
        /// Facts in both the draft and the reference.
        public var matched = 0
        /// Facts the draft proposed.
        public var drafted = 0
        /// Facts the reference holds.
        public var expected = 0

        /// A measure with these counts.
        public init(matched: Int = 0, drafted: Int = 0, expected: Int = 0) {
            self.matched = matched
            self.drafted = drafted
            self.expected = expected
        }

        /// The share of the draft's facts that are right; 1 when it proposed none.
        public var precision: Double { drafted == 0 ? 1 : Double(matched) / Double(drafted) }
        /// The share of the reference's facts the draft found; 1 when there were none to find.
        public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }

        /// Two measures added up (to score a set of articles as one).
        public static func + (lhs: Measure, rhs: Measure) -> Measure {
            Measure(matched: lhs.matched + rhs.matched, drafted: lhs.drafted + rhs.drafted, expected: lhs.expected + rhs.expected)
        }
    }

    /// Direct quotes, by exact text.
    public var quotes = Measure()
    /// Direct quotes with their speaker: text and speaker both right.
    public var quoteSpeakers = Measure()
    /// Reported speech, by exact text (the reference's wording is an analyst's, so this is strict).
    public var paraphrases = Measure()
    /// Entities named (declared or referred to), by any of their names.
    public var entities = Measure()
    /// works_at links: person, organisation and title.
    public var roles = Measure()
    /// Every other link: from, relation, to.
    public var links = Measure()

    /// A score with every measure empty.
    public init() {}

    /// Scores added up, measure by measure.
    public static func + (lhs: DraftScore, rhs: DraftScore) -> DraftScore {
        var sum = DraftScore()
        sum.quotes = lhs.quotes + rhs.quotes
        sum.quoteSpeakers = lhs.quoteSpeakers + rhs.quoteSpeakers
        sum.paraphrases = lhs.paraphrases + rhs.paraphrases
        sum.entities = lhs.entities + rhs.entities
        sum.roles = lhs.roles + rhs.roles
        sum.links = lhs.links + rhs.links
        return sum
    }

    /// The measures with their names, in the order they are reported.
    public var measures: [(name: String, measure: Measure)] {
        [("quotes", quotes), ("quote speakers", quoteSpeakers), ("paraphrases", paraphrases),
         ("entities", entities), ("roles", roles), ("links", links)]
    }

    /// One line per measure: "quotes  P 100.0%  R 100.0%  (3 of 3 drafted, 3 expected)".
    public var report: String {
        measures.map { name, measure in
            let padded = name.padding(toLength: 15, withPad: " ", startingAt: 0)
            return "\(padded) P \(DraftScore.percent(measure.precision))  R \(DraftScore.percent(measure.recall))  "
                + "(\(measure.matched) matched; \(measure.drafted) drafted, \(measure.expected) expected)"
        }.joined(separator: "\n")
    }

    /// A ratio as a percentage with one decimal: "95.2%".
    public static func percent(_ ratio: Double) -> String {
        let tenths = Int((ratio * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
