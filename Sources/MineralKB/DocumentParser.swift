import Foundation

/// Reads a JSON document into a `Document`, checking every field's presence and type.
///
/// It never stops at the first problem: it reports every one it finds, each with its JSON path,
/// so a person fixing a hand-written document sees them all at once. Unknown fields are problems
/// too, because a misspelt field ("sinse") would otherwise be silently dropped. Field names come
/// from the model's `CodingKeys`, the one list of them. A field that does not parse is left out and
/// an element that cannot stand without it (a link without `to`) is dropped, so the rest of the
/// document can still be checked against the base.
struct DocumentParser {
    let file: String
    private(set) var problems: [DocumentProblem] = []

    init(file: String) { self.file = file }

    /// The document as far as it parsed (nil when it is not a JSON object); `problems` says what was wrong.
    mutating func parse(_ data: Data) -> LocatedDocument? {
        let root: JSONValue
        do {
            root = try JSONValue.parse(data)
        } catch {
            problem("$", "not valid JSON: \(error)")
            return nil
        }
        guard case .object(let fields) = root else {
            problem("$", "expected an object with \"source\" and the facts it reports, found \(root.typeName)")
            return nil
        }
        var object = ObjectReader<Document.CodingKeys>(fields: fields, path: "$")
        let source = object.required(.source) { parseSource($0, at: $1) }
        // A source that cannot be told apart from others is not written, but its names are still checked.
        let isIdentified = source.map { $0.title != nil || $0.url != nil || $0.reference != nil || $0.publisher != nil } ?? false
        var located = LocatedDocument(file: file, document: Document(source: source ?? Document.Source()), hasSource: isIdentified)
        func list<T>(_ key: Document.CodingKeys, _ read: (JSONValue, String) -> T?) -> [T] {
            guard let (values, origins) = object.optionalArrayWithOrigins(key, read) else { return [] }
            if let origins { located.origins[key] = origins }
            return values
        }
        located.document.organisations = list(.organisations) { parseOrganisation($0, at: $1) }
        located.document.people = list(.people) { parsePerson($0, at: $1) }
        located.document.places = list(.places) { parsePlace($0, at: $1) }
        located.document.minerals = list(.minerals) { parseMineral($0, at: $1) }
        located.document.forums = list(.forums) { parseForum($0, at: $1) }
        located.document.projects = list(.projects) { parseProject($0, at: $1) }
        located.document.links = list(.links) { parseLink($0, at: $1) }
        located.document.quotes = list(.quotes) { parseQuote($0, at: $1) }
        located.document.jsonSchema = object.optional(.jsonSchema) { value, path in string(value, at: path) }  // editors may name the JSON Schema
        finish(&object)
        return located
    }

    // MARK: - Parts

    private mutating func parseSource(_ value: JSONValue, at path: String) -> Document.Source? {
        guard var object = objectReader(value, at: path, keys: Document.Source.CodingKeys.self, expecting: "an object describing the source") else { return nil }
        var source = Document.Source()
        source.type = object.optional(.type) { oneOf(SourceType.self, $0, at: $1) }
        source.title = object.optional(.title) { text($0, at: $1) }
        source.publisher = object.optional(.publisher) { name($0, at: $1) }
        source.via = object.optional(.via) { name($0, at: $1) }
        source.url = object.optional(.url) { text($0, at: $1) }
        source.reference = object.optional(.reference) { text($0, at: $1) }
        source.published = object.optional(.published) { date($0, at: $1) }
        source.dateline = object.optional(.dateline) { name($0, at: $1) }
        source.review = object.optional(.review) { string($0, at: $1) }
        finish(&object)
        if source.title == nil && source.url == nil && source.reference == nil {
            problem(path, SourceKey.missingMessage)
        }
        return source
    }

    /// Reads the fields every entity has, then lets `details` read its kind's own.
    private mutating func parseEntity<Entity: DocumentEntity>(
        _ value: JSONValue, at path: String, as _: Entity.Type,
        _ details: (inout Entity, inout ObjectReader<Entity.CodingKeys>, inout DocumentParser) -> Void = { _, _, _ in }
    ) -> Entity? {
        if case .string = value {  // shorthand: just a name
            return self.name(value, at: path).map { Entity(name: $0) }
        }
        guard var object = objectReader(value, at: path, keys: Entity.CodingKeys.self,
                                        expecting: "an object with a \"name\" (or just the name as a string)") else { return nil }
        // Names and aliases need a letter or digit: "!!!" and "😀" fold to nothing, and would all meet.
        let name = object.required(.name) { self.name($0, at: $1) }
        var entity = Entity(name: name ?? "")
        entity.aliases = object.optionalArray(.aliases) { self.name($0, at: $1) }
        entity.ids = object.optionalArray(.ids) { identifier($0, at: $1) }
        entity.description = object.optional(.description) { text($0, at: $1) }
        entity.evidence = object.optional(.evidence) { text($0, at: $1) }
        entity.review = object.optional(.review) { string($0, at: $1) }
        details(&entity, &object, &self)
        finish(&object)
        return name == nil ? nil : entity
    }

    private mutating func parseOrganisation(_ value: JSONValue, at path: String) -> Document.Organisation? {
        parseEntity(value, at: path, as: Document.Organisation.self) { entity, object, parser in
            entity.type = object.optional(.type) { parser.oneOf(OrganisationType.self, $0, at: $1) }
        }
    }

    private mutating func parsePerson(_ value: JSONValue, at path: String) -> Document.Person? {
        parseEntity(value, at: path, as: Document.Person.self)
    }

    private mutating func parsePlace(_ value: JSONValue, at path: String) -> Document.Place? {
        parseEntity(value, at: path, as: Document.Place.self) { entity, object, parser in
            entity.type = object.optional(.type) { parser.text($0, at: $1)?.lowercased() }
            entity.within = object.optional(.within) { parser.name($0, at: $1) }
            entity.isoCode = object.optional(.isoCode) { parser.text($0, at: $1) }
        }
    }

    private mutating func parseMineral(_ value: JSONValue, at path: String) -> Document.Mineral? {
        parseEntity(value, at: path, as: Document.Mineral.self) { entity, object, parser in
            entity.symbol = object.optional(.symbol) { parser.text($0, at: $1) }
            entity.group = object.optional(.group) { parser.text($0, at: $1) }
        }
    }

    private mutating func parseForum(_ value: JSONValue, at path: String) -> Document.Forum? {
        parseEntity(value, at: path, as: Document.Forum.self) { entity, object, parser in
            entity.starts = object.optional(.starts) { parser.date($0, at: $1) }
            entity.startsQualifier = object.optional(.startsQualifier) { parser.oneOf(DateQualifier.self, $0, at: $1) }
            entity.ends = object.optional(.ends) { parser.date($0, at: $1) }
            if entity.startsQualifier != nil && entity.starts == nil {
                parser.problem(path + ".starts_qualifier", "a qualifier needs a \"starts\" date to qualify")
            }
        }
    }

    private mutating func parseProject(_ value: JSONValue, at path: String) -> Document.Project? {
        parseEntity(value, at: path, as: Document.Project.self) { entity, object, parser in
            entity.type = object.optional(.type) { parser.oneOf(ProjectType.self, $0, at: $1) }
            entity.status = object.optional(.status) { parser.oneOf(ProjectStatus.self, $0, at: $1) }
        }
    }

    private mutating func parseLink(_ value: JSONValue, at path: String) -> Document.Link? {
        guard var object = objectReader(value, at: path, keys: Document.Link.CodingKeys.self,
                                        expecting: "an object with \"from\", \"relation\" and \"to\"") else { return nil }
        let from = object.required(.from) { name($0, at: $1) }
        let relation = object.required(.relation) { text($0, at: $1) }
        let to = object.required(.to) { name($0, at: $1) }
        var link = Document.Link(from: from ?? "", relation: relation ?? "", to: to ?? "")
        link.role = object.optional(.role) { text($0, at: $1) }
        link.sharePercent = object.optional(.sharePercent) { percent($0, at: $1) }
        link.quantity = object.optional(.quantity) { number($0, at: $1) }
        link.unit = object.optional(.unit) { text($0, at: $1) }
        link.since = object.optional(.since) { date($0, at: $1) }
        link.sinceQualifier = object.optional(.sinceQualifier) { oneOf(DateQualifier.self, $0, at: $1) }
        link.until = object.optional(.until) { date($0, at: $1) }
        link.untilQualifier = object.optional(.untilQualifier) { oneOf(DateQualifier.self, $0, at: $1) }
        link.asOf = object.optional(.asOf) { date($0, at: $1) }
        link.status = object.optional(.status) { oneOf(LinkStatus.self, $0, at: $1) }
        link.evidence = object.optional(.evidence) { text($0, at: $1) }
        link.review = object.optional(.review) { string($0, at: $1) }
        finish(&object)
        if link.sinceQualifier != nil && link.since == nil { problem(path + ".since_qualifier", "a qualifier needs a \"since\" date to qualify") }
        if link.untilQualifier != nil && link.until == nil { problem(path + ".until_qualifier", "a qualifier needs an \"until\" date to qualify") }
        if let since = link.since, let until = link.until, until < since {
            problem(path + ".until", "\"until\" (\(until)) is before \"since\" (\(since))")
        }
        return from == nil || relation == nil || to == nil ? nil : link
    }

    private mutating func parseQuote(_ value: JSONValue, at path: String) -> Document.Quote? {
        guard var object = objectReader(value, at: path, keys: Document.Quote.CodingKeys.self,
                                        expecting: "an object with the quote's \"text\"") else { return nil }
        let text = object.required(.text) { self.text($0, at: $1) }
        var quote = Document.Quote(text: text ?? "")
        quote.form = object.optional(.form) { oneOf(QuoteForm.self, $0, at: $1) }
        quote.speaker = object.optional(.speaker) { name($0, at: $1) }
        quote.role = object.optional(.role) { self.text($0, at: $1) }
        quote.organisation = object.optional(.organisation) { name($0, at: $1) }
        quote.forum = object.optional(.forum) { name($0, at: $1) }
        quote.toldTo = object.optional(.toldTo) { name($0, at: $1) }
        quote.saidOn = object.optional(.saidOn) { date($0, at: $1) }
        quote.mentions = object.optionalArray(.mentions) { name($0, at: $1) }
        quote.original = object.optional(.original) { self.text($0, at: $1) }
        quote.review = object.optional(.review) { string($0, at: $1) }
        finish(&object)
        return text == nil ? nil : quote
    }

    // MARK: - Values

    private mutating func text(_ value: JSONValue, at path: String) -> String? {
        guard case .string(let text) = value else {
            problem(path, "expected a string, found \(value.typeName)")
            return nil
        }
        return nonEmpty(text, at: path)
    }

    private mutating func string(_ value: JSONValue, at path: String) -> String? {
        guard case .string(let text) = value else {
            problem(path, "expected a string, found \(value.typeName)")
            return nil
        }
        return text
    }

    private mutating func nonEmpty(_ text: String, at path: String) -> String? {
        let trimmed = DocumentParser.isTrimmed(text) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            problem(path, "expected a non-empty string")
            return nil
        }
        guard !trimmed.utf8.contains(0) else {
            problem(path, "expected text without NUL characters (U+0000)")
            return nil
        }
        guard trimmed.utf8.count <= DocumentParser.maximumTextBytes else {
            problem(path, "text of \(trimmed.utf8.count) bytes is longer than the \(DocumentParser.maximumTextBytes) bytes allowed")
            return nil
        }
        return trimmed
    }

    private mutating func name(_ value: JSONValue, at path: String) -> String? {
        guard let text = text(value, at: path) else { return nil }
        guard DocumentParser.hasASCIILetterOrDigit(text) || !NameNormaliser.normalise(text).isEmpty else {
            problem(path, "expected a name with at least one letter or digit, found \"\(text)\"")
            return nil
        }
        return text
    }

    /// An identifier written `scheme:value`, as written (the importer folds the scheme's case).
    private mutating func identifier(_ value: JSONValue, at path: String) -> String? {
        guard let text = text(value, at: path) else { return nil }
        guard Identifier(text) != nil else {
            problem(path, Identifier.expectation + ", found \"\(text)\"")
            return nil
        }
        return text
    }

    private mutating func date(_ value: JSONValue, at path: String) -> PartialDate? {
        guard case .string(let text) = value else {
            problem(path, "expected \(PartialDate.expectation), found \(value.typeName)")
            return nil
        }
        guard let date = PartialDate(text) else {
            problem(path, "expected \(PartialDate.expectation), found \"\(text)\"")
            return nil
        }
        return date
    }

    private mutating func oneOf<Word: RawRepresentable & CaseIterable>(_: Word.Type, _ value: JSONValue, at path: String) -> Word?
    where Word.RawValue == String {
        guard case .string(let text) = value, let word = Word(rawValue: text) else {
            let list = Word.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            let found: String
            if case .string(let text) = value { found = "\"\(text)\"" } else { found = value.typeName }
            problem(path, "expected one of \(list), found \(found)")
            return nil
        }
        return word
    }

    private mutating func number(_ value: JSONValue, at path: String) -> Double? {
        guard case .number(let number) = value, number.isFinite else {
            problem(path, "expected a number, found \(value.typeName)")
            return nil
        }
        return number == 0 ? 0 : number  // -0 and 0 are one value: a claim must not depend on the spelling
    }

    private mutating func percent(_ value: JSONValue, at path: String) -> Double? {
        guard let number = number(value, at: path) else { return nil }
        guard (0...100).contains(number) else {
            problem(path, "expected a percentage between 0 and 100, found \(number)")
            return nil
        }
        return number
    }

    // MARK: - Objects

    private mutating func objectReader<Key>(_ value: JSONValue, at path: String, keys _: Key.Type, expecting: String) -> ObjectReader<Key>? {
        guard case .object(let fields) = value else {
            problem(path, "expected \(expecting), found \(value.typeName)")
            return nil
        }
        return ObjectReader(fields: fields, path: path)
    }

    /// Reports the problems `object` found, and the fields it does not know.
    private mutating func finish<Key>(_ object: inout ObjectReader<Key>) {
        for problem in object.problems { problems.append(DocumentProblem(file: file, path: problem.path, message: problem.message)) }
        for key in object.unknownKeys {
            problem(ObjectReader<Key>.path(object.path, key),
                    "unknown field \"\(key)\"; expected one of: \(ObjectReader<Key>.knownKeys.joined(separator: ", "))")
        }
    }

    private mutating func problem(_ path: String, _ message: String) {
        problems.append(DocumentProblem(file: file, path: path, message: message))
    }

    /// Longest string a field may hold; far above any real sentence, low enough to refuse junk.
    static let maximumTextBytes = 1_000_000

    /// True when the text starts and ends with a visible ASCII character, so trimming would change
    /// nothing: the common case, decided without Foundation's character sets.
    private static func isTrimmed(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return (0x21..<0x7F).contains(first) && (0x21..<0x7F).contains(last)
    }

    /// True when the text holds a letter or digit that a name keeps whatever the normalisation.
    private static func hasASCIILetterOrDigit(_ text: String) -> Bool {
        text.utf8.contains { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || (0x30...0x39).contains($0) }
    }
}
