import Foundation

/// Maps the table analysts keep, one row per claim, to import documents: `from`, `relation`, `to`,
/// then any of `role`, `share`, `since`, `since_qualifier`, `until`, `until_qualifier`, `as_of`,
/// `status`, `quantity`, `unit`, `evidence`, the source (`source_url`, `source_title`,
/// `source_publisher`, `source_published`, `source_type`) and the kinds of the two ends (`from_kind`,
/// `to_kind`) where the relation allows more than one. Rows of one source (same URL, else same title)
/// make one document; rows with no source make one document for the file. An end the base does not
/// know yet is declared in its row's document, of the kind the relation (or the kind column) gives.
struct ClaimsCSVReader {
    /// The columns a claims table may have.
    static let columns = [
        "from", "relation", "to", "role", "share", "since", "since_qualifier", "until", "until_qualifier", "as_of", "status",
        "quantity", "unit", "evidence", "source_url", "source_title", "source_publisher", "source_published", "source_type",
        "from_kind", "to_kind",
    ]
    static let requiredColumns = ["from", "relation", "to"]

    let file: String
    /// Relation → the kinds it may start from, and for each the kinds it may lead to.
    let relations: [String: [EntityKind: Set<EntityKind>]]
    /// True when the base already has an entity of one of these kinds by this name.
    let isKnown: (String, Set<EntityKind>) -> Bool
    private(set) var problems: [DocumentProblem] = []

    init(file: String, relations: [String: [EntityKind: Set<EntityKind>]], isKnown: @escaping (String, Set<EntityKind>) -> Bool) {
        self.file = file
        self.relations = relations
        self.isKnown = isKnown
    }

    private mutating func problem(_ row: Int, _ column: String?, _ message: String) {
        problems.append(DocumentProblem(file: file, path: "row \(row)" + (column.map { ", column \"\($0)\"" } ?? ""), message: message))
    }

    mutating func documents(_ data: Data) -> [MappedDocument] {
        guard let text = String(data: data, encoding: .utf8) else {
            problem(1, nil, "the file is not UTF-8 text")
            return []
        }
        let table: CSVTable
        do {
            table = try CSVTable(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch let error as CSVTable.Malformed {
            problem(error.row, nil, error.message)
            return []
        } catch {
            problem(1, nil, "\(error)")
            return []
        }
        guard let header = table.records.first else {
            problem(1, nil, "the file is empty; expected a header row with at least the columns from, relation, to")
            return []
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_") }
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            guard ClaimsCSVReader.columns.contains(name) else {
                problem(1, header.fields[position], "unknown column; expected some of: " + ClaimsCSVReader.columns.joined(separator: ", "))
                continue
            }
            if index[name] != nil { problem(1, header.fields[position], "the column appears twice") }
            index[name] = position
        }
        for required in ClaimsCSVReader.requiredColumns where index[required] == nil {
            problem(1, nil, "the column \"\(required)\" is missing; every row needs from, relation and to")
        }
        guard problems.isEmpty else { return [] }

        var documents: [String: MappedDocument] = [:]
        var order: [String] = []
        var declared: [String: Set<String>] = [:]  // document key → names declared in it
        for record in table.records.dropFirst() {
            let row = record.row
            if record.fields.count != names.count {
                problem(row, nil, "\(record.fields.count) fields, but the header has \(names.count)")
                continue
            }
            func value(_ column: String) -> String? {
                guard let position = index[column] else { return nil }
                let text = record.fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            var isValid = true
            func required(_ column: String) -> String {
                guard let text = value(column) else {
                    problem(row, column, "empty; every row needs from, relation and to")
                    isValid = false
                    return ""
                }
                return text
            }
            func parsed<T>(_ column: String, _ expected: String, _ parse: (String) -> T?) -> T? {
                guard let text = value(column) else { return nil }
                guard let result = parse(text) else {
                    problem(row, column, "expected \(expected), found \"\(text)\"")
                    isValid = false
                    return nil
                }
                return result
            }
            let from = required("from"), relation = required("relation"), to = required("to")
            let kinds = relations[relation]
            if !relation.isEmpty && kinds == nil {
                problem(row, "relation", "unknown relation \"\(relation)\"; expected one of: " + relations.keys.sorted().joined(separator: ", "))
                isValid = false
            }
            let kindNames = "organisation, person, place, mineral, forum or project"
            let fromKindColumn = parsed("from_kind", "a kind (\(kindNames))") { EntityKind(rawValue: $0.lowercased()) }
            let toKindColumn = parsed("to_kind", "a kind (\(kindNames))") { EntityKind(rawValue: $0.lowercased()) }
            var link = Document.Link(from: from, relation: relation, to: to)
            link.role = value("role")
            link.sharePercent = parsed("share", "a share in percent from 0 to 100 (40 or 40%)") { text in
                Double(text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)).flatMap { (0...100).contains($0) ? $0 : nil }
            }
            let dateExpectation = "a date such as 2006, 2026-01 or 2026-01-29"
            link.since = parsed("since", dateExpectation, PartialDate.init)
            link.until = parsed("until", dateExpectation, PartialDate.init)
            link.asOf = parsed("as_of", dateExpectation, PartialDate.init)
            link.sinceQualifier = parsed("since_qualifier", "before, after or about") { DateQualifier(rawValue: $0.lowercased()) }
            link.untilQualifier = parsed("until_qualifier", "before, after or about") { DateQualifier(rawValue: $0.lowercased()) }
            link.status = parsed("status", "active, former or planned") { LinkStatus(rawValue: $0.lowercased()) }
            link.quantity = parsed("quantity", "a number") { Double($0) }
            link.unit = value("unit")
            link.evidence = value("evidence")
            let published = parsed("source_published", dateExpectation, PartialDate.init)
            let sourceType = parsed("source_type", "a source type (" + SourceType.allCases.map(\.rawValue).joined(separator: ", ") + ")") {
                SourceType(rawValue: $0.lowercased())
            }

            // The kinds of the two ends: the kind column, else the only kind the relation allows.
            var fromKind: EntityKind?
            var toKind: EntityKind?
            if let kinds {
                let fromKinds = Set(kinds.keys)
                if let fromKindColumn, !fromKinds.contains(fromKindColumn) {
                    problem(row, "from_kind", "\(relation) does not start from a \(fromKindColumn.rawValue)")
                    isValid = false
                }
                fromKind = fromKindColumn ?? (fromKinds.count == 1 ? fromKinds.first : nil)
                let toKinds = fromKind.flatMap { kinds[$0] } ?? kinds.values.reduce(into: Set<EntityKind>()) { $0.formUnion($1) }
                if let toKindColumn, !toKinds.contains(toKindColumn) {
                    problem(row, "to_kind", "\(relation) does not lead to a \(toKindColumn.rawValue)")
                    isValid = false
                }
                toKind = toKindColumn ?? (toKinds.count == 1 ? toKinds.first : nil)
                for (name, kind, allowed, column) in [(from, fromKind, fromKinds, "from"), (to, toKind, toKinds, "to")]
                where kind == nil && !name.isEmpty && !isKnown(name, allowed) {
                    problem(row, column, "\"\(name)\" is not in the knowledge base, and \(relation) allows "
                            + allowed.map(\.rawValue).sorted().joined(separator: " or ") + "; say which in a \(column)_kind column")
                    isValid = false
                }
            }
            guard isValid else { continue }

            // The source: by URL, else by title, else the file.
            let key = value("source_url").map { "url:" + $0 } ?? value("source_title").map { "title:" + $0 } ?? "file:"
            if documents[key] == nil {
                var source = Document.Source(type: sourceType ?? (key == "file:" ? .dataset : nil), title: value("source_title"),
                                             publisher: value("source_publisher"), url: value("source_url"), published: published)
                if key == "file:" {
                    let name = URL(fileURLWithPath: file).lastPathComponent
                    source.title = name
                    source.reference = "csv-file:" + name
                }
                documents[key] = MappedDocument(document: Document(source: source), origins: [
                    "$.source": MappedDocument.Origin(location: "row \(row)", fields: ["publisher": "column \"source_publisher\""]),
                ])
                order.append(key)
            }
            guard var mapped = documents[key] else { continue }
            for (name, kind, column) in [(from, fromKind, "from"), (to, toKind, "to")] {
                guard let kind, !(declared[key]?.contains(name) ?? false), !isKnown(name, [kind]) else { continue }
                declared[key, default: []].insert(name)
                let path = mapped.document.declare(name, kind: kind)
                mapped.origins[path] = MappedDocument.Origin(location: "row \(row)", fields: ["name": "column \"\(column)\""])
            }
            mapped.origins["$.links[\(mapped.document.links.count)]"] = MappedDocument.Origin(location: "row \(row)", fields: Dictionary(
                uniqueKeysWithValues: ["from", "relation", "to", "role", "since", "until", "evidence", "status"].map { ($0, "column \"\($0)\"") }
                    + [("share_percent", "column \"share\""), ("as_of", "column \"as_of\"")]))
            mapped.document.links.append(link)
            documents[key] = mapped
        }
        return order.compactMap { documents[$0] }
    }
}

extension Document {
    /// Declares an entity known only by its name, under its kind; returns the JSON path it was added at.
    mutating func declare(_ name: String, kind: EntityKind) -> String {
        switch kind {
        case .organisation: organisations.append(.init(name: name)); return "$.organisations[\(organisations.count - 1)]"
        case .person: people.append(.init(name: name)); return "$.people[\(people.count - 1)]"
        case .place: places.append(.init(name: name)); return "$.places[\(places.count - 1)]"
        case .mineral: minerals.append(.init(name: name)); return "$.minerals[\(minerals.count - 1)]"
        case .forum: forums.append(.init(name: name)); return "$.forums[\(forums.count - 1)]"
        case .project: projects.append(.init(name: name)); return "$.projects[\(projects.count - 1)]"
        }
    }
}
