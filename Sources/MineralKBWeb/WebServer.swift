import Foundation
import HTTPTypes
import Hummingbird
import Logging
import MineralKB
import MineralKBHTML
import SQLite

/// The read-only web interface: every page of `WebSite` at its path, each with its JSON twin
/// (a `.json` path, or `Accept: application/json`). Only GET (and HEAD) are answered: no endpoint writes.
public enum WebServer {
    /// Runs the server until SIGINT or SIGTERM; `onRunning` gets the bound port (useful with port 0).
    public static func run(_ configuration: WebConfiguration, logger: Logger,
                           onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let site = WebSite(configuration: configuration)
        try site.pool.check()
        let app = Application(
            router: makeRouter(site: site, logger: logger),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "mkb-serve"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        try await app.runService()
    }

    static func makeRouter(site: WebSite, logger: Logger) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        let limit = site.configuration.maximumPageBytes

        func page(_ path: RouterPath, twin: RouterPath?, _ build: @escaping @Sendable (Request, BasicRequestContext) throws -> WebPage) {
            router.get(path) { request, context in answer(request, json: wantsJSON(request), limit: limit) { try build(request, context) } }
            if let twin {
                router.get(twin) { request, context in answer(request, json: true, limit: limit) { try build(request, context) } }
            }
        }
        page("/", twin: "/index.json") { _, _ in try site.home() }
        page("/search", twin: "/search.json") { request, _ in try site.search(query(request)) }
        page("/firms", twin: "/firms.json") { request, _ in try site.firms(query(request)) }
        page("/quotes", twin: "/quotes.json") { request, _ in try site.quotes(query(request)) }
        page("/path", twin: "/path.json") { request, _ in try site.path(query(request)) }
        // ":id" takes "12" and "12.json" alike.
        router.get("/entity/:id") { request, context in
            let (id, json) = try identifier(context)
            return answer(request, json: json || wantsJSON(request), limit: limit) { try site.entity(id: id) }
        }
        router.get("/entity/:id/graph.svg") { request, context in
            let (id, _) = try identifier(context)
            return answer(request, json: false, limit: limit) {
                let (status, svg) = try site.entityGraph(id: id)
                throw SVGAnswer(status: status, svg: svg)
            }
        }
        router.get("/source/:id") { request, context in
            let (id, json) = try identifier(context)
            return answer(request, json: json || wantsJSON(request), limit: limit) { try site.source(id: id) }
        }
        router.get("/sql") { request, _ in
            if wantsJSON(request) { return download(request, site: site, format: .json, limit: limit) }
            return answer(request, json: false, limit: limit) { try site.sqlPage(query(request)) }
        }
        router.get("/sql.json") { request, _ in download(request, site: site, format: .json, limit: limit) }
        router.get("/sql.csv") { request, _ in download(request, site: site, format: .csv, limit: limit) }
        return router
    }

    // MARK: - Answers

    /// The page in the asked form, or the error as a page in that form.
    static func answer(_ request: Request, json: Bool, limit: Int, _ build: () throws -> WebPage) -> Response {
        do {
            return try build().response(json: json, byteLimit: limit)
        } catch let answer as SVGAnswer {
            return WebPage.response(status: answer.status, contentType: "image/svg+xml; charset=utf-8", body: ByteBuffer(string: answer.svg), byteLimit: limit)
        } catch {
            return problem(error, json: json, limit: limit)
        }
    }

    /// The error page in the asked form (its JSON cannot fail to encode: it falls back to `{}`).
    static func problem(_ error: Error, json: Bool, limit: Int) -> Response {
        (try? errorPage(error).response(json: json, byteLimit: limit))
            ?? WebPage.response(status: .internalServerError, contentType: "text/plain; charset=utf-8", body: ByteBuffer(string: "\(error)"), byteLimit: limit)
    }

    /// The picture travels as an error out of the page builder: it is the one answer that is not a page.
    struct SVGAnswer: Error {
        let status: HTTPResponse.Status
        let svg: String
    }

    static func download(_ request: Request, site: WebSite, format: ResultEncoding.Format, limit: Int) -> Response {
        do {
            let body = try site.sqlDownload(query(request), format: format)
            let (type, name) = format == .csv ? ("text/csv; charset=utf-8", "result.csv") : ("application/json; charset=utf-8", "result.json")
            var headers = HTTPFields()
            if let disposition = HTTPField.Name("Content-Disposition") { headers[disposition] = "attachment; filename=\"\(name)\"" }
            return WebPage.response(status: .ok, contentType: type, body: ByteBuffer(string: body), byteLimit: limit, extraHeaders: headers)
        } catch {
            return problem(error, json: true, limit: limit)
        }
    }

    /// An error in words, with a status: unknown names with the closest ones, refused SQL, time limits.
    static func errorPage(_ error: Error) -> WebPage {
        var status: HTTPResponse.Status = .badRequest
        var title = "Cannot answer"
        var message = "\(error)"
        var suggestions: [EntityDescription] = []
        switch error {
        case KnowledgeBaseError.unknownEntity(let name, let kinds, let closest):
            status = .notFound
            title = "Not found"
            let what = kinds.isEmpty || kinds.count == EntityKind.allCases.count ? "entity" : kinds.map(\.rawValue).joined(separator: " or ")
            message = "No \(what) is named \"\(name)\"."
            suggestions = closest
        case KnowledgeBaseError.ambiguousName(let name, let candidates):
            status = .conflict
            title = "Which one?"
            message = "\"\(name)\" names several entities; pick one."
            suggestions = candidates
        case KnowledgeBaseError.database(let sqliteError) where sqliteError.isInterrupted:
            status = .serviceUnavailable
            title = "Too slow"
            message = "The request took longer than the server's time limit and was stopped; narrow it."
        case ReadOnlyQueryError.timedOut:
            status = .serviceUnavailable
            title = "Too slow"
        case is KnowledgeBaseError, is ReadOnlyQueryError:
            break
        default:
            status = .internalServerError
            title = "Server error"
        }
        struct Problem: Encodable { let error: String; let suggestions: [EntityRef] }
        return WebPage(status: status, title: title, html: ErrorPage.body(title: title, message: message, suggestions: suggestions, linkBase: ""),
                       json: (try? WebSite.encode(Problem(error: message, suggestions: suggestions.map(\.entity)))) ?? Data("{}".utf8), jsonPath: nil)
    }

    // MARK: - Reading requests

    /// A `.json` suffix was handled by the route; here: an Accept header that asks for JSON and not HTML.
    static func wantsJSON(_ request: Request) -> Bool {
        guard let accept = request.headers[.accept]?.lowercased() else { return false }
        return accept.contains("application/json") && !accept.contains("text/html")
    }

    /// The query's values, decoded as a browser's form encodes them (`+` for a space, then percent-escapes);
    /// empty values left out, as an empty form field means "not given".
    static func query(_ request: Request) -> WebSite.Query {
        var values: WebSite.Query = [:]
        for pair in (request.uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let key = decode(parts[0]), !key.isEmpty else { continue }
            let value = (parts.count > 1 ? decode(parts[1]) : "")?.trimmingCharacters(in: .whitespaces) ?? ""
            if !value.isEmpty { values[key] = value }
        }
        return values
    }

    /// The `:id` of an entity or source path, and whether it ended in `.json`.
    static func identifier(_ context: BasicRequestContext) throws -> (Int64, Bool) {
        let raw = context.parameters.get("id") ?? ""
        let json = raw.hasSuffix(".json")
        guard let id = Int64(json ? String(raw.dropLast(5)) : raw), id > 0 else {
            throw HTTPError(.notFound, message: "No page here: an id is a positive number.")
        }
        return (id, json)
    }
}
