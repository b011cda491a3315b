import Foundation
import Testing

/// Headless Chromium (Debian's `chromium`, installed by .ci/run) opens the pages and we read what it
/// rendered: the DOM after parsing, and a screenshot.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs Chromium headless on `url` with `arguments` (--dump-dom, --screenshot=...); returns standard output.
    static func run(_ arguments: [String], url: URL, in directory: URL) throws -> String {
        guard let path else { throw Failure("Chromium is not installed (apt-get install chromium)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             "--user-data-dir=\(directory.appendingPathComponent("chromium-profile").path)",
                             "--window-size=1280,900", "--virtual-time-budget=3000"] + arguments + [url.absoluteString]
        process.currentDirectoryURL = directory
        let out = directory.appendingPathComponent("chromium-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return try String(contentsOf: out, encoding: .utf8)
    }
}

@Suite(.serialized, .enabled(if: Chromium.path != nil, "Chromium is not installed (apt-get install chromium): the browser test did not run"))
struct BrowserTests {
    @Test func chromiumRendersTheEntityFirmsAndSQLPages() async throws {
        let hostile = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Documents/hostile.json"), encoding: .utf8)
        let workspace = try WebWorkspace(extraDocuments: ["hostile.json": hostile])
        let server = try RunningServer(database: workspace.database)
        let search = try await server.get("/search.json?q=Jiaozuo+Creation+Heavy+Industry")
        let id = try #require(search.body.range(of: #""id" : \d+"#, options: .regularExpression).map { search.body[$0].filter(\.isNumber) })

        let entity = try Chromium.run(["--dump-dom"], url: server.base.appendingPathComponent("entity/\(id)"), in: workspace.directory)
        #expect(entity.contains("<h1>Jiaozuo Creation Heavy Industry Co Ltd"))
        #expect(entity.contains(">Min Ziheng</a>"))
        #expect(entity.contains("Director Marketing Planning"))
        #expect(entity.contains("<object type=\"image/svg+xml\" data=\"/entity/\(id)/graph.svg\""))

        let firms = try Chromium.run(["--dump-dom"], url: try #require(URL(string: "firms?in=Pakistan&from=China", relativeTo: server.base)), in: workspace.directory)
        #expect(firms.contains("Firms active in Pakistan"))
        #expect(firms.contains(">Jiaozuo Creation Heavy Industry Co Ltd</a>"))
        #expect(firms.contains("<option selected=\"\">active</option>"))

        let sql = try Chromium.run(["--dump-dom"], url: try #require(URL(string: "sql?sql=SELECT+name%2C+symbol+FROM+minerals+WHERE+symbol+%3D+%27Cu%27", relativeTo: server.base)), in: workspace.directory)
        #expect(sql.contains("<td>copper</td><td>Cu</td>"))
        #expect(sql.contains(">CSV</a>") && sql.contains(">JSON</a>"))

        // The hostile firm's page: the browser built no script, image or svg element from the data.
        let firmsJSON = try await server.get("/search.json?q=script+alert")
        let hostileID = try #require(firmsJSON.body.range(of: #""id" : \d+"#, options: .regularExpression).map { firmsJSON.body[$0].filter(\.isNumber) })
        let hostilePage = try Chromium.run(["--dump-dom"], url: server.base.appendingPathComponent("entity/\(hostileID)"), in: workspace.directory)
        #expect(hostilePage.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!hostilePage.contains("<script") && !hostilePage.contains("<img"))

        // And a picture of the entity page, as a person would see it.
        let screenshot = workspace.directory.appendingPathComponent("entity.png")
        _ = try Chromium.run(["--screenshot=\(screenshot.path)"], url: server.base.appendingPathComponent("entity/\(id)"), in: workspace.directory)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000)
    }
}
