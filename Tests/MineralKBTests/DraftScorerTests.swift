import Foundation
import Testing
@testable import MineralKB

/// The scorer counts what it says it counts.
@Suite struct DraftScorerTests {
    private func document(_ json: String) throws -> Document {
        try JSONDecoder().decode(Document.self, from: Data(json.utf8))
    }

    @Test func aDocumentAgainstItselfScoresFull() throws {
        let seed = try JSONDecoder().decode(Document.self, from: Data(contentsOf: seedFixture))
        let score = DraftScorer.score(seed, against: seed)
        for (name, measure) in score.measures {
            #expect(measure.precision == 1 && measure.recall == 1, "\(name)")
            #expect(measure.matched == measure.expected)
        }
        #expect(score.quotes.expected == 2 && score.paraphrases.expected == 8 && score.roles.expected == 1 && score.links.expected == 16)
    }

    @Test func countsMatchesMissesAndExtras() throws {
        let expected = try document("""
            {"source": {"publisher": "P"},
             "organisations": [{"name": "Lucky Minerals Ltd", "aliases": ["Lucky Minerals"]}],
             "people": ["Ali Khan"],
             "links": [{"from": "Ali Khan", "relation": "works_at", "to": "Lucky Minerals", "role": "CEO"},
                       {"from": "Lucky Minerals", "relation": "operates_in", "to": "Pakistan"},
                       {"from": "Lucky Minerals", "relation": "interested_in", "to": "copper"}],
             "quotes": [{"speaker": "Ali Khan", "text": "One"}, {"speaker": "Ali Khan", "text": "Two"},
                        {"speaker": "Ali Khan", "form": "paraphrase", "text": "Three."}]}
            """)
        let draft = try document("""
            {"source": {"publisher": "P"},
             "organisations": [{"name": "Lucky Minerals Ltd"}],
             "people": [{"name": "Ali Khan"}, {"name": "Sara Ahmed"}],
             "links": [{"from": "Ali Khan", "relation": "works_at", "to": "Lucky Minerals Ltd", "role": "ceo"},
                       {"from": "Lucky Minerals Ltd", "relation": "operates_in", "to": "Pakistan"},
                       {"from": "Lucky Minerals Ltd", "relation": "based_in", "to": "Pakistan"}],
             "quotes": [{"speaker": "Ali Khan", "text": "One"}, {"speaker": "Sara Ahmed", "text": "Two"}, {"text": "Four"}]}
            """)
        let score = DraftScorer.score(draft, against: expected)
        #expect(score.quotes == DraftScore.Measure(matched: 2, drafted: 3, expected: 2))
        #expect(score.quoteSpeakers == DraftScore.Measure(matched: 1, drafted: 3, expected: 2))
        #expect(score.paraphrases == DraftScore.Measure(matched: 0, drafted: 0, expected: 1))
        // Names meet through aliases and folding: "Lucky Minerals" is "Lucky Minerals Ltd"; "ceo" is "CEO".
        #expect(score.roles == DraftScore.Measure(matched: 1, drafted: 1, expected: 1))
        #expect(score.links == DraftScore.Measure(matched: 1, drafted: 2, expected: 2))
        // Entities: P, Lucky Minerals, Ali Khan, Pakistan, copper expected; Sara Ahmed is extra, copper missed.
        #expect(score.entities == DraftScore.Measure(matched: 4, drafted: 5, expected: 5))
        #expect(score.links.precision == 0.5 && score.quotes.recall == 1)
        #expect(DraftScore.percent(score.quoteSpeakers.precision) == "33.3%")
    }

    @Test func anEntityDeclaredAsAnotherKindIsAMiss() throws {
        let expected = try document(#"{"source": {"publisher": "P"}, "organisations": ["Business Recorder"]}"#)
        let draft = try document(#"{"source": {"publisher": "P"}, "people": ["Business Recorder"]}"#)
        #expect(DraftScorer.score(draft, against: expected).entities == DraftScore.Measure(matched: 1, drafted: 2, expected: 2))
    }

    @Test func theBasesAliasesMeetWithALexicon() throws {
        let lexicon = try KnowledgeBase.inMemory().draftLexicon()
        let expected = try document(#"{"source": {"publisher": "P"}, "links": [{"from": "Sindh", "relation": "has_reserves_of", "to": "rare earths"}]}"#)
        let draft = try document(#"{"source": {"publisher": "P"}, "links": [{"from": "PK-SD", "relation": "has_reserves_of", "to": "rare earth elements"}]}"#)
        #expect(DraftScorer.score(draft, against: expected).links.matched == 0)
        #expect(DraftScorer.score(draft, against: expected, lexicon: lexicon).links.matched == 1)
    }

    @Test func emptyMeasuresReadAsFull() {
        let empty = DraftScore.Measure()
        #expect(empty.precision == 1 && empty.recall == 1)
        #expect((DraftScore.Measure(matched: 1, drafted: 2, expected: 4) + DraftScore.Measure(matched: 1, drafted: 2, expected: 0))
            == DraftScore.Measure(matched: 2, drafted: 4, expected: 4))
    }
}
