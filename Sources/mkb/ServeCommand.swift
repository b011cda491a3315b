import ArgumentParser
import Foundation
import MineralKB
#if canImport(Glibc)
import Glibc
#endif

/// `mkb serve`: starts the web interface, `mkb-serve`, in place of this process.
///
/// The server is its own executable so that building `mkb` never builds the web framework: the
/// README's first command stays quick on a fresh clone.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the knowledge base read-only in a browser (every page also as JSON).",
        discussion: """
            Starts mkb-serve, the web server built beside mkb. Inside a SwiftPM checkout a missing mkb-serve \
            is built first (a few minutes, once). It binds to 127.0.0.1 unless --host says otherwise, logs \
            one line per request and stops on Ctrl-C. `mkb-serve --help` lists its limits.

            Then open http://127.0.0.1:8080 (or the --port given) in a browser.

            Example:
              mkb serve --port 9000 --db team.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The address to listen on; 0.0.0.0 opens it to the network.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535, not \(port).") }
    }

    func run() throws {
        // Checked here too, so a wrong --db fails before a server is built.
        _ = try global.openForReading()
        let server = try ServeCommand.serverExecutable()
        let arguments = [server.path, "--db", global.databasePath, "--host", host, "--port", String(port)]
        try ServeCommand.replaceProcess(with: server, arguments: arguments)
    }

    /// `mkb-serve` beside this executable; inside a SwiftPM build folder, built there when missing.
    static func serverExecutable() throws -> URL {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let directory = own.deletingLastPathComponent()
        let server = directory.appendingPathComponent("mkb-serve")
        if FileManager.default.isExecutableFile(atPath: server.path) { return server }
        // .../ROOT/.build/<triple>/<configuration>/mkb: a checkout that can build the server.
        let parts = directory.pathComponents
        guard let buildIndex = parts.lastIndex(where: { $0.hasPrefix(".build") }), buildIndex > 1 else {
            throw UserError("mkb-serve is not installed beside \(own.path); build it with `swift build --product mkb-serve`")
        }
        let root = NSString.path(withComponents: Array(parts[..<buildIndex]))
        let configuration = directory.lastPathComponent == "release" ? "release" : "debug"
        printError("mkb serve: building the server (mkb-serve) once; a first build takes a few minutes…")
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "--package-path", root, "--scratch-path", NSString.path(withComponents: Array(parts[...buildIndex])),
                           "-c", configuration, "--product", "mkb-serve"]
        build.standardOutput = FileHandle.standardError
        try build.run()
        build.waitUntilExit()
        guard build.terminationStatus == 0, FileManager.default.isExecutableFile(atPath: server.path) else {
            throw UserError("building mkb-serve failed (see above); try `swift build --product mkb-serve` in \(root)")
        }
        return server
    }

    /// execv: the server takes this process's place, so Ctrl-C and signals reach it directly.
    static func replaceProcess(with executable: URL, arguments: [String]) throws {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        execv(executable.path, argv)
        let reason = String(cString: strerror(errno))
        for pointer in argv { free(pointer) }
        throw UserError("cannot start \(executable.path): \(reason)")
    }
}
