import Foundation
import Testing

/// The server end to end: the built mkb-serve on a free loopback port, over a base made by mkb import.
@Suite(.serialized) struct WebPagesTests {
    /// Every kind of page, as HTML and as its JSON twin (both by `.json` and by the Accept header).
    @Test func everyPageAnswersInHTMLAndJSON() async throws {
        let workspace = try WebWorkspace()
        let server = try RunningServer(database: workspace.database)
        let jiaozuo = try await entityID(server, "Jiaozuo Creation Heavy Industry")
        let min = try await entityID(server, "Min Ziheng")
        let pakistan = try await entityID(server, "Pakistan")
        let copper = try await entityID(server, "copper")
        let forum = try await entityID(server, "Pak-China Mineral Cooperation Forum")
        let project = try await entityID(server, "Example Valley Copper Project")
        let source = try #require(try await json(server, "/index.json")["latest_sources"] as? [[String: Any]]).first?["source_id"] as? Int
        let pages: [(html: String, json: String, expected: String, jsonKey: String)] = [
            ("/", "/index.json", "Latest sources", "counts"),
            ("/search?q=Jiaozou+Creation", "/search.json?q=Jiaozou+Creation", "Jiaozuo Creation Heavy Industry Co Ltd", "matches"),
            ("/entity/\(jiaozuo)", "/entity/\(jiaozuo).json", "Director Marketing Planning", "link_groups"),
            ("/entity/\(min)", "/entity/\(min).json", "What Min Ziheng said", "quotes_by"),
            ("/entity/\(pakistan)", "/entity/\(pakistan).json", "Firms active in Pakistan", "firms_within"),
            ("/entity/\(copper)", "/entity/\(copper).json", "Cu", "facts"),
            ("/entity/\(forum)", "/entity/\(forum).json", "Mineral Cooperation Forum", "entity"),
            ("/entity/\(project)", "/entity/\(project).json", "Example Valley Copper Project", "link_groups"),
            ("/firms?in=Pakistan&from=China", "/firms.json?in=Pakistan&from=China", "Jiaozuo Creation Heavy Industry Co Ltd", "firms"),
            ("/quotes?q=vast+mineral+resources", "/quotes.json?q=vast+mineral+resources", "<mark>vast</mark>", ""),
            ("/source/\(source ?? 1)", "/source/\(source ?? 1).json", "Links it reports", "facts"),
            ("/path?from=Min+Ziheng&to=Karachi", "/path.json?from=Min+Ziheng&to=Karachi", "Karachi", "hops"),
            ("/sql?sql=SELECT+name%2C+symbol+FROM+minerals+WHERE+symbol+%3D+%27Cu%27", "/sql.json?sql=SELECT+name+FROM+minerals+WHERE+symbol+%3D+%27Cu%27", "copper", ""),
        ]
        for page in pages {
            let html = try await server.get(page.html)
            #expect(html.status == 200, "\(page.html)")
            #expect(html.type.hasPrefix("text/html"), "\(page.html)")
            #expect(html.body.contains(page.expected), "\(page.html) lacks \(page.expected)")
            for (path, accept) in [(page.json, nil), (page.html, "application/json")] {
                let twin = try await server.get(path, accept: accept)
                #expect(twin.status == 200, "\(path)")
                #expect(twin.type.hasPrefix("application/json"), "\(path) \(accept ?? "")")
                let parsed = try JSONSerialization.jsonObject(with: Data(twin.body.utf8))
                if !page.jsonKey.isEmpty {
                    #expect((parsed as? [String: Any])?[page.jsonKey] != nil, "\(path) has no \(page.jsonKey)")
                } else {
                    #expect((parsed as? [Any])?.isEmpty == false, "\(path) is an empty list")
                }
            }
        }
        // The picture, drawn by Graphviz when it is installed; the page says so when it is not.
        let picture = try await server.get("/entity/\(jiaozuo)/graph.svg")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            #expect(picture.status == 200 && picture.type.hasPrefix("image/svg+xml"))
            #expect(picture.body.contains("Min Ziheng") && picture.body.contains("works at"))
            #expect(picture.body.contains("xlink:href=\"/entity/\(min)\""))
            #expect(picture.body.contains("since 2006 or before"))
        } else {
            Issue.record("Graphviz's dot is not installed (apt-get install graphviz): the picture was not checked")
        }
        // The SQL downloads: CSV and JSON as mkb sql writes them.
        let csv = try await server.get("/sql.csv?sql=SELECT+name%2C+symbol+FROM+minerals+WHERE+symbol+IN+(%27Cu%27%2C%27Zn%27)+ORDER+BY+name")
        #expect(csv.type.hasPrefix("text/csv"))
        #expect(csv.body == "name,symbol\r\ncopper,Cu\r\nzinc,Zn\r\n")
        let download = try await server.get("/sql.json?sql=SELECT+name+FROM+minerals+WHERE+symbol+%3D+:s&p.s=Cu")
        #expect(download.body == "[{\"name\":\"copper\"}]\n")
        #expect(server.stop() == 0)
        // One log line per request.
        #expect(server.log.components(separatedBy: "\n").filter { $0.contains(" GET /") }.count >= pages.count * 3)
    }

    /// The walk of the issue: Pakistan → Jiaozuo Creation Heavy Industry → Min Ziheng → his quotes → their source, by links alone.
    @Test func walkFromPakistanToTheSourceOfAQuoteByClicking() async throws {
        let workspace = try WebWorkspace()
        let server = try RunningServer(database: workspace.database)
        let home = try await server.get("/search?q=Pakistan")
        let pakistanPath = try #require(link(named: "Pakistan", in: home.body))
        let pakistan = try await server.get(pakistanPath)
        let firmPath = try #require(link(named: "Jiaozuo Creation Heavy Industry Co Ltd", in: pakistan.body))
        let firm = try await server.get(firmPath)
        let personPath = try #require(link(named: "Min Ziheng", in: firm.body))
        let person = try await server.get(personPath)
        let quotesPath = try #require(link(named: "All quotes by Min Ziheng", in: person.body))
        let quotes = try await server.get(quotesPath)
        #expect(quotes.body.contains("Pakistan has vast mineral resources"))
        // He is quoted in more than one source (fixture 002 rewords him): one of them is the seed article.
        var reachedTheSeed = false
        for sourcePath in Set(links(in: quotes.body).filter { $0.hasPrefix("/source/") }) {
            let source = try await server.get(sourcePath)
            #expect(source.status == 200)
            if source.body.contains("Pakistan has vast mineral resources") && source.body.contains("Associated Press of Pakistan") {
                reachedTheSeed = true
            }
        }
        #expect(reachedTheSeed)
    }

    @Test func errorsAreAnsweredInWordsAndNothingWrites() async throws {
        let workspace = try WebWorkspace()
        let before = try Data(contentsOf: workspace.database)
        // 3 s: encoding the 1 MB download below takes half a second in a debug build under the address
        // sanitizer on a loaded machine, and the limit holds to the last byte written.
        let server = try RunningServer(database: workspace.database, arguments: ["--sql-time-limit", "3", "--max-page-mb", "1"])
        let unknown = try await server.get("/firms?in=Pakistn")
        #expect(unknown.status == 404)
        #expect(unknown.body.contains("Did you mean") && unknown.body.contains(">Pakistan</a>"))
        let unknownJSON = try await server.get("/firms.json?in=Pakistn")
        #expect(unknownJSON.status == 404 && unknownJSON.body.contains("\"suggestions\""))
        let ambiguous = try await server.get("/firms?in=Punjab")
        #expect(ambiguous.status == 409 && ambiguous.body.contains("India"))
        #expect(try await server.get("/entity/99999999").status == 404)
        #expect(try await server.get("/entity/abc").status == 404)
        #expect(try await server.get("/firms?in=Pakistan&as_of=tomorrow").status == 400)
        // The SQL page keeps mkb sql's guards: writes refused, runaway queries stopped.
        let drop = try await server.get("/sql?sql=DROP+TABLE+quotes")
        #expect(drop.status == 400 && drop.body.contains("refused"))
        let attach = try await server.get("/sql.json?sql=ATTACH+%27%2Ftmp%2Fx.sqlite%27+AS+x")
        #expect(attach.status == 400)
        let slow = try await server.get("/sql?sql=WITH+RECURSIVE+c(x)+AS+(SELECT+1+UNION+ALL+SELECT+x%2B1+FROM+c)+SELECT+count(*)+FROM+c")
        #expect(slow.status == 503)
        // A download past the page size limit (2 MB of rows, 1 MB allowed) is refused with a message, not cut silently.
        let big = try await server.get("/sql.csv?sql=WITH+RECURSIVE+c(x)+AS+(SELECT+1+UNION+ALL+SELECT+x%2B1+FROM+c+LIMIT+1000)+SELECT+x%2C+printf(%27%252000s%27%2C+x)+FROM+c")
        #expect(big.status == 400 && big.body.contains("larger than 1 MB"), "\(big.status): \(big.body.prefix(200))")
        // The page shows the first rows and says the rest is in the downloads.
        let long = try await server.get("/sql?sql=WITH+RECURSIVE+c(x)+AS+(SELECT+1+UNION+ALL+SELECT+x%2B1+FROM+c+LIMIT+2000)+SELECT+x+FROM+c")
        #expect(long.status == 200 && long.body.contains("Showing the first 500 rows"))
        for method in ["POST", "PUT", "DELETE"] {
            let answer = try await server.get("/sql?sql=SELECT+1", method: method)
            #expect(!(200..<300).contains(answer.status), "\(method) answered \(answer.status)")
        }
        server.stop()
        #expect(try Data(contentsOf: workspace.database) == before)
    }

    /// Readers see committed states only: while mkb import adds 400 firms in one transaction, every
    /// answer counts either none or all of them.
    @Test func pagesStayConsistentWhileImportWrites() async throws {
        let workspace = try WebWorkspace()
        let server = try RunningServer(database: workspace.database)
        func organisations() async throws -> Int {
            let counts = try #require(try await json(server, "/index.json")["counts"] as? [[String: Any]])
            return try #require(counts.first { $0["table"] as? String == "organisations" }?["rows"] as? Int)
        }
        let before = try await organisations()
        let firms = (0..<400).map { #"{"name": "Concurrent Firm \#($0)", "type": "company"}"# }.joined(separator: ",")
        let links = (0..<400).map { #"{"from": "Concurrent Firm \#($0)", "relation": "operates_in", "to": "Pakistan"}"# }.joined(separator: ",")
        let document = #"{"source": {"title": "Concurrent", "published": "2026-03-01", "reference": "concurrent-1"}, "organisations": [\#(firms)], "links": [\#(links)]}"#
        let file = workspace.directory.appendingPathComponent("concurrent.json")
        try document.write(to: file, atomically: true, encoding: .utf8)
        let importer = Process()
        importer.executableURL = Built.executable("mkb")
        importer.arguments = ["import", file.path, "--db", workspace.database.path]
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        var seen: Set<Int> = []
        while importer.isRunning {
            seen.insert(try await organisations())
        }
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        let after = try await organisations()
        seen.insert(after)
        #expect(after == before + 400)
        #expect(seen.isSubset(of: [before, after]), "saw \(seen.sorted()), expected only \(before) or \(after)")
        let page = try await json(server, "/firms.json?in=Pakistan&from=")
        #expect((page["has_next"] as? Bool) == true)
    }

    /// Names, roles, quotes and URLs from a hostile document stay text: escaped in HTML, attributes and SVG.
    @Test func hostileDataRendersAsText() async throws {
        let hostile = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Documents/hostile.json"), encoding: .utf8)
        let workspace = try WebWorkspace(extraDocuments: ["hostile.json": hostile])
        let server = try RunningServer(database: workspace.database)
        let matches = try #require(try await json(server, "/search.json?q=script+alert")["matches"] as? [[String: Any]])
        let firm = try #require((matches.first?["entity"] as? [String: Any])?["id"] as? Int)
        let person = try await entityID(server, "Evil Person 31m")
        let firmPage = try await server.get("/entity/\(firm)")
        let personPage = try await server.get("/entity/\(person)")
        let sourcePath = try #require(links(in: firmPage.body).first { $0.hasPrefix("/source/") && firmPage.body.contains("Evil") })
        var pages = [firmPage.body, personPage.body]
        pages.append(try await server.get(sourcePath).body)
        pages.append(try await server.get("/search?q=script").body)
        pages.append(try await server.get("/quotes?q=mineral+javascript").body)
        pages.append(try await server.get("/firms?in=Pakistan").body)
        pages.append(try await server.get("/sql?sql=SELECT+name+FROM+entities+WHERE+name+LIKE+%27%25script%25%27").body)
        #expect(firmPage.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot; &#39;Co&#39;"))
        #expect(personPage.body.contains("&lt;/blockquote&gt;&lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt;"))
        for page in pages {
            #expect(!page.contains("<script"), "a script tag got through")
            #expect(!page.contains("<img src=x"), "an img tag got through")
            #expect(!page.contains("<svg onload"), "an svg tag got through")
            #expect(!page.lowercased().contains("href=\"javascript:"), "a javascript: link got through")
            #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }, "a control character got through")
        }
        #expect(pages[2].contains("javascript:alert(document.cookie)"), "the URL is shown as text")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            let svg = try await server.get("/entity/\(firm)/graph.svg").body
            #expect(!svg.contains("<script") && !svg.contains("<img") && svg.contains("&lt;script&gt;"))
        }
        // The same page as one file, from mkb report --format html.
        let file = try Built.run("mkb", ["report", "#\(firm)", "--format", "html", "--db", workspace.database.path], in: workspace.directory)
        #expect(file.status == 0)
        #expect(file.output.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !file.output.contains("<script"))
    }

    /// `mkb serve` finds the server beside itself and becomes it: the same process answers, logs, and stops on SIGINT.
    @Test func mkbServeStartsTheServer() async throws {
        let workspace = try WebWorkspace()
        let server = try RunningServer(database: workspace.database, through: ["mkb", "serve"])
        #expect(server.base.host == "127.0.0.1")
        let home = try await server.get("/")
        #expect(home.status == 200 && home.body.contains("Latest sources"))
        #expect(server.stop() == 0)
        #expect(server.log.contains("GET / 200"))
        // A missing database is refused before any server starts.
        let missing = try Built.run("mkb", ["serve", "--db", "nowhere.sqlite", "--port", "0"], in: workspace.directory)
        #expect(missing.status == 1 && missing.error.contains("no database at nowhere.sqlite"))
    }

    @Test func reportAsHTMLIsOneSelfContainedPage() throws {
        let workspace = try WebWorkspace()
        let result = try Built.run("mkb", ["report", "Jiaozuo Creation", "--format", "html", "--db", workspace.database.path], in: workspace.directory)
        #expect(result.status == 0)
        let page = result.output
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<style>") && page.contains("Min Ziheng"))
        // Nothing to fetch: no links to a server, no external style, script or picture.
        #expect(!page.contains("href=") && !page.contains("src=") && !page.contains("<script"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            #expect(page.contains("<svg") && page.contains("works at"))
        } else {
            #expect(page.contains("Graphviz"))
        }
    }

    // MARK: - Helpers

    func json(_ server: RunningServer, _ path: String) async throws -> [String: Any] {
        let answer = try await server.get(path)
        return try #require(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any], "\(path): \(answer.body)")
    }

    /// The id of the best match for `name`, through the search page's JSON.
    func entityID(_ server: RunningServer, _ name: String) async throws -> Int {
        let query = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
        let matches = try #require(try await json(server, "/search.json?q=\(query)")["matches"] as? [[String: Any]])
        return try #require((matches.first?["entity"] as? [String: Any])?["id"] as? Int, "no match for \(name)")
    }
}
