import Foundation

// Build tool behind the EmbedSchema plugin: checks the migration scripts' names and writes a Swift
// file holding each script as a raw string literal with its version and name.
// Usage: embed-schema OUTPUT.swift SCRIPT.sql...
//
// Scripts are named NNNN_name.sql (four digits, then a lowercase name) and numbered 1, 2, 3, ...
// without gap or repeat. Anything else fails the build here, naming the file, rather than reaching
// users as a migration with a wrong version.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: embed-schema: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-schema OUTPUT.swift SCRIPT.sql...\n".utf8))
    exit(2)
}

/// The version and name of a script file called `NNNN_name.sql`, or nil when it is not so called.
func parse(fileName: String) -> (version: Int, name: String)? {
    guard fileName.hasSuffix(".sql") else { return nil }
    let stem = fileName.dropLast(4)
    let digits = stem.prefix(4)
    guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let version = Int(digits) else { return nil }
    let rest = stem.dropFirst(4)
    guard rest.first == "_" else { return nil }
    let name = rest.dropFirst()
    guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else { return nil }
    return (version, String(name))
}

var swift = "// Generated at build time from Schema/*.sql by the EmbedSchema plugin. Do not edit.\n\n"
swift += "enum EmbeddedSchema {\n    /// Every script in Schema/, in version order: its version, its name and its SQL.\n"
swift += "    static let migrations: [(version: Int, name: String, sql: String)] = [\n"
let paths = arguments.dropFirst().sorted { URL(fileURLWithPath: $0).lastPathComponent < URL(fileURLWithPath: $1).lastPathComponent }
for (offset, path) in paths.enumerated() {
    let file = URL(fileURLWithPath: path).lastPathComponent
    guard let (version, name) = parse(fileName: file) else {
        fail("\(path): a migration is named NNNN_name.sql (four digits, an underscore, lowercase letters, digits or underscores)")
    }
    guard version == offset + 1 else {
        fail("\(path): migration number \(version) where \(offset + 1) was expected (numbers run 1, 2, 3, ... without gap or repeat)")
    }
    let sql: String
    do {
        sql = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
        fail("\(path): cannot read the script: \(error.localizedDescription)")
    }
    // Enough '#' that no `"""#...` inside the SQL can close the raw literal early.
    var hashes = "#"
    while sql.contains("\"\"\"" + hashes) { hashes += "#" }
    swift += "        (\(version), \"\(name)\", \(hashes)\"\"\"\n\(sql)\n\"\"\"\(hashes)),\n"
}
swift += "    ]\n}\n"
// Unchanged scripts leave the file untouched: SwiftPM relinks this tool and so reruns it on every
// build, and a rewritten file made it recompile the whole library each time (`swift run mkb …`
// after `swift run mkb …` took a minute of a loaded machine instead of seconds).
if (try? String(contentsOfFile: output, encoding: .utf8)) == swift { exit(0) }
do {
    try swift.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    fail("cannot write \(output): \(error.localizedDescription)")
}
