import Foundation
import Testing

/// Datasette and sqlite-utils on a MineralKB file: the quotes' full-text index is found, sources show
/// their label, and `mkb export --format datasette` gives a metadata file with working canned queries.
@Suite(.enabled(if: PeerTools.areInstalled, PeerTools.installHint))
struct DatasetteTests {
    @Test func sqliteUtilsFindsTheQuotesFullTextIndex() throws {
        let workspace = try Workspace()
        let search = try PeerTools.run("sqlite-utils", ["search", Workspace.databaseName, "quotes", "copper"], in: workspace.directory)
        #expect(search.status == 0, "\(search.error)")
        let rows = try PeerTools.json(search) as? [[String: Any]] ?? []
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0["text"] as? String)?.lowercased().contains("copper") == true })
        let all = try PeerTools.run("sqlite-utils", ["rows", Workspace.databaseName, "quotes"], in: workspace.directory)
        #expect(rows.count < (try PeerTools.json(all) as? [Any] ?? []).count)
    }

    @Test func realDatasetteSearchesQuotesAndRunsCannedQueries() throws {
        let workspace = try Workspace()
        let export = try workspace.run("export", "--format", "datasette", "--output", "metadata.json")
        #expect(export.status == 0, "\(export.error)")
        let server = try DatasetteServer(database: Workspace.databaseName, metadata: "metadata.json", in: workspace.directory)
        defer { server.stop() }

        // The table's own search box: ?_search= on quotes, which silently returned every row before migration 0007.
        let searched = try server.getJSON("/kb/quotes.json?_search=copper&_shape=array") as? [[String: Any]] ?? []
        #expect(!searched.isEmpty)
        #expect(searched.allSatisfy { ($0["text"] as? String)?.lowercased().contains("copper") == true })
        let everyQuote = try server.getJSON("/kb/quotes.json?_shape=array&_size=max") as? [[String: Any]] ?? []
        #expect(searched.count < everyQuote.count)

        // The canned quote search finds the same quotes.
        let canned = try server.getJSON("/kb/quote_search.json?query=copper&_shape=array") as? [[String: Any]] ?? []
        #expect(Set(canned.compactMap { $0["quote_id"] as? Int }) == Set(searched.compactMap { $0["id"] as? Int }))

        // Firms active in a country, by name or code, through the place hierarchy (the office in Karachi).
        let firms = try server.getJSON("/kb/firms_active_in.json?place=PK&_shape=array") as? [[String: Any]] ?? []
        #expect(firms.contains { $0["organisation"] as? String == "Jiaozuo Creation Heavy Industry Co Ltd" && $0["place"] as? String == "Karachi" })

        let report = try server.getJSON("/kb/relationships.json?name=JCHI&_shape=array") as? [[String: Any]] ?? []
        #expect(report.contains { $0["label"] as? String == "owns" && $0["share_percent"] as? Double == 40 })

        // Sources show their label where a quote points at them, not "None".
        let labelled = try server.getJSON("/kb/quotes.json?_shape=array&_labels=on&_size=1") as? [[String: Any]] ?? []
        let source = labelled.first?["source_id"] as? [String: Any]
        #expect(source?["label"] as? String == "Associated Press of Pakistan, Islamabad, 2026-01-29")

        // The metadata's descriptions reach Datasette.
        let metadata = try server.getJSON("/-/metadata.json") as? [String: Any]
        let tables = ((metadata?["databases"] as? [String: Any])?["kb"] as? [String: Any])?["tables"] as? [String: Any]
        #expect((tables?["firm_presence"] as? [String: Any])?["description"] as? String != nil)
        // Every table and view of the base has one (the full-text indexes' virtual and shadow tables
        // are Datasette's to hide).
        let listed = try workspace.run("sql", "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view') "
                                       + "AND name NOT LIKE 'sqlite_%' ORDER BY name", "--format", "csv", "--no-headers")
        let names = listed.output.split(separator: "\n").map(String.init)
        #expect(names.count > 40, "\(listed.error)")
        let undescribed = names.filter { ((tables?[$0] as? [String: Any])?["description"] as? String ?? "").isEmpty }
        #expect(undescribed.isEmpty, "no description in Datasette's metadata for: \(undescribed)")
    }
}

/// The real Datasette, serving one file on a free port of 127.0.0.1, stopped by `stop()`.
final class DatasetteServer {
    private let process = Process()
    private let directory: URL
    let port: Int

    init(database: String, metadata: String, in directory: URL) throws {
        self.directory = directory
        let log = directory.appendingPathComponent("datasette.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.executableURL = PeerTools.executable("datasette")
        // -p 0: the system picks a free port, which Datasette's log names.
        process.arguments = ["serve", database, "-m", metadata, "-h", "127.0.0.1", "-p", "0"]
        process.currentDirectoryURL = directory
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var found: Int?
        let deadline = Date().addingTimeInterval(60)
        while found == nil, Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.2)
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"http://127\.0\.0\.1:([0-9]+)"#, options: .regularExpression) {
                found = Int(text[range].split(separator: ":").last ?? "")
            }
        }
        guard let found else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw ServerError(message: "Datasette did not start within 60 s: \(text)")
        }
        port = found
    }

    func getJSON(_ path: String) throws -> Any {
        let result = try PeerTools.script("http_get.py", ["http://127.0.0.1:\(port)\(path)"], in: directory)
        guard result.status == 0 else { throw ServerError(message: "GET \(path) failed: \(result.output) \(result.error)") }
        return try JSONSerialization.jsonObject(with: result.standardOutput)
    }

    /// SIGKILL, not SIGTERM: a child started from a test's worker thread inherits that thread's
    /// blocked signals, and Datasette then never sees a SIGTERM. It serves a read-only file; nothing
    /// is lost by killing it.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    struct ServerError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
