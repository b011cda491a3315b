import Foundation
import HTTPTypes
import MineralKB
import MineralKBHTML
import SQLite

/// Every page of the site: each handler parses the request's values, calls the library on a pooled
/// read-only connection, and renders the answer as HTML and as JSON. Nothing here writes.
struct WebSite: Sendable {
    let configuration: WebConfiguration
    let pool: ConnectionPool
    let graph: NeighbourhoodGraph

    init(configuration: WebConfiguration) {
        self.configuration = configuration
        self.pool = ConnectionPool(path: configuration.databasePath, idleLimit: configuration.idleConnections)
        self.graph = NeighbourhoodGraph(dotPath: configuration.dotPath)
    }

    /// Query values as the request gave them; empty ones count as absent.
    typealias Query = [String: String]

    // MARK: - Pages

    func home() throws -> WebPage {
        let shown: Set<String> = ["organisations", "people", "places", "minerals", "forums", "projects", "links", "quotes", "sources"]
        let (counts, latest) = try read { kb in
            (try kb.tableCounts().filter { shown.contains($0.table) }, try kb.latestSources(limit: 10))
        }
        struct Home: Encodable { let counts: [TableCount]; let latestSources: [SourceCitation] }
        return WebPage(title: "Home", html: HomePage.body(counts: counts, latest: latest, linkBase: ""),
                       json: try WebSite.encode(Home(counts: counts, latestSources: latest)), jsonPath: "/index.json")
    }

    func search(_ query: Query) throws -> WebPage {
        let text = query["q"]
        let kind = try query["kind"].map { value -> EntityKind in
            guard let kind = EntityKind(rawValue: value) else {
                throw KnowledgeBaseError.invalidArgument(name: "kind", problem: "expected one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(value)\"")
            }
            return kind
        }
        let matches = try text.map { text in
            try read { kb in try kb.search(text, kinds: kind.map { [$0] } ?? Set(EntityKind.allCases), limit: 50) }
        }
        struct Search: Encodable { let query: String?; let kind: EntityKind?; let matches: [NameMatch] }
        return WebPage(title: text.map { "Search: \($0)" } ?? "Search",
                       html: SearchPage.body(query: text, kind: kind, matches: matches, linkBase: ""),
                       json: try WebSite.encode(Search(query: text, kind: kind, matches: matches ?? [])),
                       jsonPath: "/search.json" + HTMLEscaping.query([("q", text), ("kind", kind?.rawValue)]))
    }

    func entity(id: Int64) throws -> WebPage {
        let report = try read { kb in try kb.report(id: id) }
        let picture: EntityPicture = graph.dotPath == nil
            ? .unavailable(reason: NeighbourhoodGraph.missingReason) : .linked(path: "/entity/\(id)/graph.svg")
        return WebPage(title: report.entity.name, html: EntityPage.body(report, picture: picture, linkBase: ""),
                       json: try WebSite.encode(report), jsonPath: "/entity/\(id).json")
    }

    /// The picture alone, as SVG (the entity page shows it through an `<object>`, so its links work).
    func entityGraph(id: Int64) throws -> (status: HTTPResponse.Status, svg: String) {
        let report = try read { kb in try kb.report(id: id) }
        switch graph.svg(for: report, linkBase: "") {
        case .success(let svg): return (.ok, svg)
        case .failure(let error):
            let message = HTMLEscaping.text(error.message)
            return (.serviceUnavailable, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"40\"><text x=\"4\" y=\"24\" font-family=\"sans-serif\" font-size=\"13\">\(message)</text></svg>")
        }
    }

    func firms(_ query: Query) throws -> WebPage {
        let form = FirmsPage.Form(place: query["in"], from: query["from"], mineral: query["mineral"],
                                  status: query["status"] ?? "active", asOf: query["as_of"], presence: query["presence"])
        let page = try WebSite.positiveInteger(query["page"], name: "page") ?? 1
        let perPage = configuration.firmsPerPage
        var status: LinkStatus?
        if form.status != "any" {
            guard let chosen = LinkStatus(rawValue: form.status) else {
                throw KnowledgeBaseError.invalidArgument(name: "status", problem: "expected active, former, planned or any, found \"\(form.status)\"")
            }
            status = chosen
        }
        let asOf = try form.asOf.map { text -> PartialDate in
            guard let date = PartialDate(text) else { throw KnowledgeBaseError.invalidArgument(name: "as_of", problem: "\"\(text)\" is not a date; expected \(PartialDate.expectation)") }
            return date
        }
        let presence = form.presence.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let filter = FirmFilter(from: form.from, mineral: form.mineral, presenceKinds: presence?.isEmpty == false ? presence : nil,
                                status: status, asOf: asOf)
        var placeName: String?
        var rows: ArraySlice<FirmPresence>?
        var hasNext = false
        if let place = form.place {
            let (start, overflow) = (page - 1).multipliedReportingOverflow(by: perPage)
            guard !overflow else { throw KnowledgeBaseError.invalidArgument(name: "page", problem: "page \(page) is past any list") }
            // One row more than the page shows tells whether there is a next page.
            let (entity, found) = try read { kb in
                let entity = try kb.entity(named: place, kinds: [.place])
                return (entity, try kb.firmsActive(inPlaceID: entity.id, filter: filter, limit: perPage + 1, offset: start))
            }
            placeName = entity.name
            rows = found.prefix(perPage)
            hasNext = found.count > perPage
        }
        struct Firms: Encodable { let place: String?; let page: Int; let perPage: Int; let hasNext: Bool; let firms: [FirmPresence] }
        return WebPage(title: placeName.map { "Firms in \($0)" } ?? "Firms",
                       html: FirmsPage.body(form: form, rows: rows, page: page, hasNext: hasNext, placeName: placeName, linkBase: ""),
                       json: try WebSite.encode(Firms(place: placeName, page: page, perPage: perPage, hasNext: hasNext, firms: Array(rows ?? []))),
                       jsonPath: "/firms.json" + HTMLEscaping.query(form.queryItems + [("page", page > 1 ? String(page) : nil)]))
    }

    func quotes(_ query: Query) throws -> WebPage {
        let form = QuotesPage.Form(search: query["q"], speaker: query["speaker"], organisation: query["organisation"],
                                   forum: query["forum"], mentions: query["mentions"])
        let limit = 200
        let asked = [form.search, form.speaker, form.organisation, form.forum, form.mentions].contains { $0 != nil }
        let quotes = asked ? try read { kb in
            try kb.quotes(matching: QuoteFilter(speaker: form.speaker, organisation: form.organisation, forum: form.forum,
                                                mentions: form.mentions, search: form.search, limit: limit))
        } : nil
        return WebPage(title: "Quotes", html: QuotesPage.body(form: form, quotes: quotes, limit: limit, linkBase: ""),
                       json: try WebSite.encode(quotes ?? []),
                       jsonPath: "/quotes.json" + HTMLEscaping.query([("q", form.search), ("speaker", form.speaker),
                                                                      ("organisation", form.organisation), ("forum", form.forum), ("mentions", form.mentions)]))
    }

    func source(id: Int64) throws -> WebPage {
        let report = try read { kb in try kb.sourceReport(id: id) }
        return WebPage(title: report.label, html: SourcePage.body(report, linkBase: ""), json: try WebSite.encode(report), jsonPath: "/source/\(id).json")
    }

    func path(_ query: Query) throws -> WebPage {
        let from = query["from"], to = query["to"]
        var hops: [PathHop]??
        if let from, let to {
            hops = .some(try read { kb in try kb.shortestPath(from: from, to: to) })
        }
        struct Path: Encodable { let from: String?; let to: String?; let hops: [PathHop]? }
        return WebPage(title: "Path", html: PathPage.body(from: from, to: to, hops: hops, linkBase: ""),
                       json: try WebSite.encode(Path(from: from, to: to, hops: hops ?? nil)),
                       jsonPath: "/path.json" + HTMLEscaping.query([("from", from), ("to", to)]))
    }

    /// The SQL page: the library's read-only query (authorizer, read-only check, time and value limits),
    /// on a read-only connection, shown up to `SQLPage.rowsShown` rows.
    func sqlPage(_ query: Query) throws -> WebPage {
        let sql = query["sql"]
        var result: SQLPage.Result?
        var problem: String?
        var status: HTTPResponse.Status = .ok
        if let sql {
            var shown = SQLPage.Result()
            do {
                try read { kb in
                    try kb.run(WebSite.readOnlyQuery(sql, query: query, timeLimit: configuration.sqlTimeLimit),
                               columns: { shown.columns = $0 }, row: { row in
                        if shown.rows.count < SQLPage.rowsShown { shown.rows.append(row) } else { shown.isCut = true; throw StopReading() }
                    })
                }
                result = shown
            } catch is StopReading {
                result = shown
            } catch let error as ReadOnlyQueryError {
                problem = error.description
                if case .timedOut = error { status = .serviceUnavailable } else { status = .badRequest }
            }
        }
        return WebPage(status: status, title: "SQL",
                       html: SQLPage.body(sql: sql, result: result, error: problem, timeLimit: configuration.sqlTimeLimit, linkBase: ""),
                       json: Data(), jsonPath: sql.map { "/sql.json" + HTMLEscaping.query([("sql", $0)]) })
    }

    /// The whole result of an SQL query as CSV or JSON, within the size limit.
    func sqlDownload(_ query: Query, format: ResultEncoding.Format) throws -> String {
        guard let sql = query["sql"] else {
            throw KnowledgeBaseError.invalidArgument(name: "sql", problem: "give the query as ?sql=SELECT …")
        }
        var encoding = ResultEncoding(format: format, byteLimit: configuration.maximumPageBytes)
        do {
            try read { kb in
                try kb.run(WebSite.readOnlyQuery(sql, query: query, timeLimit: configuration.sqlTimeLimit),
                           columns: { encoding.begin($0) }, row: { try encoding.write($0) })
            }
        } catch is ResultEncoding.TooLarge {
            throw KnowledgeBaseError.invalidArgument(name: "sql", problem: "the result is larger than \(configuration.maximumPageBytes >> 20) MB; "
                + "add a LIMIT or narrow the query (mkb sql has no such limit)")
        }
        return encoding.finish()
    }

    /// Named parameters come as `p.NAME=VALUE` query fields, as `mkb sql -p NAME VALUE`.
    static func readOnlyQuery(_ sql: String, query: Query, timeLimit: Double) -> ReadOnlyQuery {
        var named: [String: QueryValue] = [:]
        for (key, value) in query where key.hasPrefix("p.") && key.count > 2 {
            named[String(key.dropFirst(2))] = parameterValue(value)
        }
        return ReadOnlyQuery(sql: sql, namedParameters: named, timeLimit: timeLimit)
    }

    /// As `mkb sql` reads a value: an integer or decimal written as one is a number, anything else text.
    static func parameterValue(_ text: String) -> QueryValue {
        if let integer = Int64(text), String(integer) == text { return .integer(integer) }
        let isDecimal = text.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+([eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)$"#, options: .regularExpression) != nil
        if isDecimal, let real = Double(text), real.isFinite { return .real(real) }
        return .text(text)
    }

    private struct StopReading: Error {}

    // MARK: - Helpers

    /// Runs `body` on a pooled read-only connection, within the request's time limit.
    func read<T>(_ body: (KnowledgeBase) throws -> T) throws -> T {
        try pool.read(timeLimit: configuration.requestTimeLimit, body)
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(value) + Data("\n".utf8)
    }

    static func positiveInteger(_ text: String?, name: String) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), value > 0, value < 1_000_000 else {
            throw KnowledgeBaseError.invalidArgument(name: name, problem: "expected a positive number, found \"\(text)\"")
        }
        return value
    }
}
