import ArgumentParser
import Foundation
import Logging
import MineralKB
import MineralKBHTML
import MineralKBWeb

/// `mkb-serve`: the read-only web interface of a MineralKB base. `mkb serve` starts it.
@main
struct MKBServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mkb-serve",
        abstract: "Serve a MineralKB base read-only over HTTP: HTML pages, each with a JSON twin.",
        discussion: """
            Binds to 127.0.0.1 unless --host says otherwise; logs one line per request to standard error; \
            stops cleanly on Ctrl-C (SIGINT) or SIGTERM. Every page also answers as JSON: add .json to its \
            path or send Accept: application/json.

            Example:
              mkb-serve --db mineral-kb.sqlite --port 8080
            """
    )

    @Option(name: .long, help: ArgumentHelp("The database file (default: $MKB_DB, else mineral-kb.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: "The address to listen on; 0.0.0.0 opens it to the network.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port (0 picks a free one; the address is printed).")
    var port = 8080

    @Option(name: .customLong("time-limit"), help: "Seconds a request may spend in the database.")
    var timeLimit: Double = 10

    @Option(name: .customLong("sql-time-limit"), help: "Seconds an SQL page's query may run (as mkb sql --timeout).")
    var sqlTimeLimit: Double = ReadOnlyQuery.defaultTimeLimit

    @Option(name: .customLong("max-page-mb"), help: "The largest page or download, in MB.")
    var maximumPageMB = 16

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535, not \(port).") }
        for (name, value) in [("--time-limit", timeLimit), ("--sql-time-limit", sqlTimeLimit)] where !(value > 0 && value.isFinite) {
            throw ValidationError("\(name) must be a positive number of seconds.")
        }
        guard (1...1024).contains(maximumPageMB) else { throw ValidationError("--max-page-mb must be 1 to 1024.") }
        if db?.isEmpty == true { throw ValidationError("--db needs a file name, not an empty string.") }
    }

    func run() async throws {
        let path = db ?? ProcessInfo.processInfo.environment["MKB_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "mineral-kb.sqlite"
        var logger = Logger(label: "mkb-serve")
        logger.logLevel = .info
        let configuration = WebConfiguration(
            databasePath: path, host: host, port: port, requestTimeLimit: timeLimit, sqlTimeLimit: sqlTimeLimit,
            maximumPageBytes: maximumPageMB << 20, dotPath: NeighbourhoodGraph.findDot())
        if configuration.dotPath == nil {
            FileHandle.standardError.write(Data("mkb-serve: Graphviz's dot is not installed; entity pages will say their picture is missing.\n".utf8))
        }
        let host = self.host
        do {
            try await WebServer.run(configuration, logger: logger) { port in
                // The one line on standard output: scripts and tests read the address from it.
                let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
                FileHandle.standardOutput.write(Data("mkb-serve: serving \(path) read-only at \(address)\n".utf8))
            }
        } catch let error as KnowledgeBaseError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
