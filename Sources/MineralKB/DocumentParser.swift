import Foundation

/// Reads a JSON document into an `ImportDocument`, checking every field's presence and type.
///
/// It never stops at the first problem: it reports every one it finds, each with its JSON path,
/// so a person fixing a hand-written document sees them all at once. Unknown fields are problems
/// too, because a misspelt field ("sinse") would otherwise be silently dropped.
struct DocumentParser {
    let file: String
    private(set) var problems: [DocumentProblem] = []

    init(file: String) { self.file = file }

    /// The document, or nil when `problems` says why not.
    mutating func parse(_ data: Data) -> ImportDocument? {
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
        var object = ObjectReader(fields: fields, path: "$")
        let source = object.required("source") { parseSource($0, at: $1) }
        var document = ImportDocument(file: file, source: source ?? SourceSpec(type: "article", path: "$.source"))
        for kind in EntityKind.allCases {
            document.entities += object.optionalArray(kind.plural) { parseEntity($0, kind: kind, at: $1) } ?? []
        }
        document.links = object.optionalArray("links") { parseLink($0, at: $1) } ?? []
        document.quotes = object.optionalArray("quotes") { parseQuote($0, at: $1) } ?? []
        _ = object.optional("$schema") { value, path in string(value, at: path) }  // editors may name the JSON Schema
        finish(&object)
        return problems.isEmpty && source != nil ? document : nil
    }

    // MARK: - Parts

    private mutating func parseSource(_ value: JSONValue, at path: String) -> SourceSpec? {
        guard var object = objectReader(value, at: path, expecting: "an object describing the source") else { return nil }
        var source = SourceSpec(type: "article", path: path)
        source.type = object.optional("type") { oneOf(Vocabulary.sourceTypes, $0, at: $1) } ?? "article"
        source.title = object.optional("title") { text($0, at: $1) }
        source.publisher = object.optional("publisher") { name($0, at: $1) }
        source.via = object.optional("via") { name($0, at: $1) }
        source.url = object.optional("url") { text($0, at: $1) }
        source.reference = object.optional("reference") { text($0, at: $1) }
        source.published = object.optional("published") { date($0, at: $1) }
        source.dateline = object.optional("dateline") { name($0, at: $1) }
        finish(&object)
        if source.title == nil && source.url == nil && source.reference == nil {
            problem(path, SourceKey.missingMessage)
        }
        return source
    }

    private mutating func parseEntity(_ value: JSONValue, kind: EntityKind, at path: String) -> EntitySpec? {
        if case .string(let name) = value {  // shorthand: just a name
            guard let name = self.name(.string(name), at: path) else { return nil }
            return EntitySpec(kind: kind, name: name.value, aliases: [], path: path)
        }
        guard var object = objectReader(value, at: path, expecting: "an object with a \"name\" (or just the name as a string)") else { return nil }
        // Names and aliases need a letter or digit: "!!!" and "😀" fold to nothing, and would all meet.
        let name = object.required("name") { self.name($0, at: $1)?.value }
        var entity = EntitySpec(kind: kind, name: name ?? "", aliases: [], path: path)
        entity.aliases = object.optionalArray("aliases") { self.name($0, at: $1)?.value } ?? []
        entity.ids = object.optionalArray("ids") { identifier($0, at: $1) } ?? []
        entity.description = object.optional("description") { text($0, at: $1) }
        entity.evidence = object.optional("evidence") { text($0, at: $1) }
        switch kind {
        case .organisation:
            entity.organisationType = object.optional("type") { oneOf(Vocabulary.organisationTypes, $0, at: $1) }
        case .person:
            break
        case .place:
            entity.placeType = object.optional("type") { text($0, at: $1)?.lowercased() }
            entity.within = object.optional("in") { self.name($0, at: $1) }
            entity.isoCode = object.optional("iso_code") { text($0, at: $1) }
        case .mineral:
            entity.symbol = object.optional("symbol") { text($0, at: $1) }
            entity.group = object.optional("group") { text($0, at: $1) }
        case .forum:
            entity.startsOn = object.optional("starts") { date($0, at: $1) }
            entity.startsQualifier = object.optional("starts_qualifier") { qualifier($0, at: $1) }
            entity.endsOn = object.optional("ends") { date($0, at: $1) }
        case .project:
            entity.projectType = object.optional("type") { oneOf(Vocabulary.projectTypes, $0, at: $1) }
            entity.projectStatus = object.optional("status") { oneOf(Vocabulary.projectStatuses, $0, at: $1) }
        }
        finish(&object)
        return name == nil ? nil : entity
    }

    private mutating func parseLink(_ value: JSONValue, at path: String) -> LinkSpec? {
        guard var object = objectReader(value, at: path, expecting: "an object with \"from\", \"relation\" and \"to\"") else { return nil }
        let from = object.required("from") { name($0, at: $1) }
        let relation = object.required("relation") { text($0, at: $1) }
        let to = object.required("to") { name($0, at: $1) }
        var link = LinkSpec(
            relation: relation ?? "", from: from ?? Located(value: "", path: path), to: to ?? Located(value: "", path: path),
            status: .active, path: path)
        link.role = object.optional("role") { text($0, at: $1) }
        link.sharePercent = object.optional("share_percent") { percent($0, at: $1) }
        link.quantity = object.optional("quantity") { number($0, at: $1) }
        link.unit = object.optional("unit") { text($0, at: $1) }
        link.since = object.optional("since") { date($0, at: $1) }
        link.sinceQualifier = object.optional("since_qualifier") { qualifier($0, at: $1) }
        link.until = object.optional("until") { date($0, at: $1) }
        link.untilQualifier = object.optional("until_qualifier") { qualifier($0, at: $1) }
        link.asOf = object.optional("as_of") { date($0, at: $1) }
        link.status = object.optional("status") { oneOf(LinkStatus.allCases.map(\.rawValue), $0, at: $1).flatMap(LinkStatus.init) } ?? .active
        link.evidence = object.optional("evidence") { text($0, at: $1) }
        finish(&object)
        if link.sinceQualifier != nil && link.since == nil { problem(path + ".since_qualifier", "a qualifier needs a \"since\" date to qualify") }
        if link.untilQualifier != nil && link.until == nil { problem(path + ".until_qualifier", "a qualifier needs an \"until\" date to qualify") }
        if let since = link.since, let until = link.until, until < since {
            problem(path + ".until", "\"until\" (\(until)) is before \"since\" (\(since))")
        }
        return from == nil || relation == nil || to == nil ? nil : link
    }

    private mutating func parseQuote(_ value: JSONValue, at path: String) -> QuoteSpec? {
        guard var object = objectReader(value, at: path, expecting: "an object with the quote's \"text\"") else { return nil }
        let text = object.required("text") { self.text($0, at: $1) }
        var quote = QuoteSpec(text: text ?? "", form: "direct", mentions: [], path: path)
        quote.form = object.optional("form") { oneOf(Vocabulary.quoteForms, $0, at: $1) } ?? "direct"
        quote.speaker = object.optional("speaker") { name($0, at: $1) }
        quote.role = object.optional("role") { self.text($0, at: $1) }
        quote.organisation = object.optional("organisation") { name($0, at: $1) }
        quote.forum = object.optional("forum") { name($0, at: $1) }
        quote.toldTo = object.optional("told_to") { name($0, at: $1) }
        quote.saidOn = object.optional("said_on") { date($0, at: $1) }
        quote.mentions = object.optionalArray("mentions") { name($0, at: $1) } ?? []
        quote.original = object.optional("original") { name($0, at: $1) }
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
        guard trimmed.utf8.count <= DocumentParser.maximumTextBytes else {
            problem(path, "text of \(trimmed.utf8.count) bytes is longer than the \(DocumentParser.maximumTextBytes) bytes allowed")
            return nil
        }
        return trimmed
    }

    private mutating func name(_ value: JSONValue, at path: String) -> Located<String>? {
        guard let text = text(value, at: path) else { return nil }
        guard DocumentParser.hasASCIILetterOrDigit(text) || !NameNormaliser.normalise(text).isEmpty else {
            problem(path, "expected a name with at least one letter or digit, found \"\(text)\"")
            return nil
        }
        return Located(value: text, path: path)
    }

    private mutating func identifier(_ value: JSONValue, at path: String) -> Located<Identifier>? {
        guard let text = text(value, at: path) else { return nil }
        guard let identifier = Identifier(text) else {
            problem(path, "expected an identifier written scheme:value, such as \"wikidata:Q42\" or \"lei:5493001KJTIIGC8Y1R12\", found \"\(text)\"")
            return nil
        }
        return Located(value: identifier, path: path)
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

    private mutating func qualifier(_ value: JSONValue, at path: String) -> DateQualifier? {
        oneOf(DateQualifier.allCases.map(\.rawValue), value, at: path).flatMap(DateQualifier.init)
    }

    private mutating func oneOf(_ allowed: [String], _ value: JSONValue, at path: String) -> String? {
        let list = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        guard case .string(let text) = value, allowed.contains(text) else {
            let found: String
            if case .string(let text) = value { found = "\"\(text)\"" } else { found = value.typeName }
            problem(path, "expected one of \(list), found \(found)")
            return nil
        }
        return text
    }

    private mutating func number(_ value: JSONValue, at path: String) -> Double? {
        guard case .number(let number) = value, number.isFinite else {
            problem(path, "expected a number, found \(value.typeName)")
            return nil
        }
        return number
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

    private mutating func objectReader(_ value: JSONValue, at path: String, expecting: String) -> ObjectReader? {
        guard case .object(let fields) = value else {
            problem(path, "expected \(expecting), found \(value.typeName)")
            return nil
        }
        return ObjectReader(fields: fields, path: path)
    }

    /// Reports the fields of `object` that no reader asked for.
    private mutating func finish(_ object: inout ObjectReader) {
        for problem in object.problems { problems.append(DocumentProblem(file: file, path: problem.path, message: problem.message)) }
        guard object.hasUnreadKeys else { return }
        for key in object.unreadKeys {
            problem(ObjectReader.path(object.path, key), "unknown field \"\(key)\"; expected one of: \(object.readKeys.sorted().joined(separator: ", "))")
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

/// Walks the fields of one JSON object, remembering which were read so the rest can be reported.
struct ObjectReader {
    let fields: [String: JSONValue]
    let path: String
    /// Every key asked for, present or not, in the order asked.
    private(set) var readKeys: [String] = []
    /// How many of the asked keys the object holds: when it is all of them, nothing is unknown.
    private var presentKeysRead = 0
    var problems: [(path: String, message: String)] = []

    init(fields: [String: JSONValue], path: String) {
        self.fields = fields
        self.path = path
    }

    var hasUnreadKeys: Bool { presentKeysRead < fields.count }

    var unreadKeys: [String] { fields.keys.filter { !readKeys.contains($0) }.sorted() }

    static func path(_ base: String, _ key: String) -> String {
        let isPlain: Bool
        if key.utf8.allSatisfy({ $0 < 0x80 }) {  // decided byte by byte, the common case
            isPlain = !key.isEmpty && key.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_")
            }
        } else {
            isPlain = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
        return isPlain ? base + "." + key : "\(base)[\"\(key)\"]"
    }

    /// The value of `key`, noting that it was asked for. Each reader asks for a key once.
    private mutating func read(_ key: String) -> JSONValue? {
        readKeys.append(key)
        let value = fields[key]
        if value != nil { presentKeysRead += 1 }
        return value
    }

    /// A field that may be absent or null.
    mutating func optional<T>(_ key: String, _ read: (JSONValue, String) -> T?) -> T? {
        guard let value = self.read(key), value != .null else { return nil }
        return read(value, ObjectReader.path(path, key))
    }

    /// A field that must be present.
    mutating func required<T>(_ key: String, _ read: (JSONValue, String) -> T?) -> T? {
        guard let value = self.read(key), value != .null else {
            problems.append((ObjectReader.path(path, key), "missing required field \"\(key)\""))
            return nil
        }
        return read(value, ObjectReader.path(path, key))
    }

    /// An optional array field; each element read in turn, failures dropped (and reported by `read`).
    mutating func optionalArray<T>(_ key: String, _ read: (JSONValue, String) -> T?) -> [T]? {
        guard let value = self.read(key), value != .null else { return nil }
        let here = ObjectReader.path(path, key)
        guard case .array(let elements) = value else {
            problems.append((here, "expected an array, found \(value.typeName)"))
            return nil
        }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (offset, element) in elements.enumerated() {
            if let item = read(element, here + "[" + String(offset) + "]") { result.append(item) }
        }
        return result
    }
}
