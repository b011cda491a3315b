import Foundation

// Build tool behind the EmbedSchema plugin: writes a Swift file holding each SQL script as a raw
// string literal. Usage: embed-schema OUTPUT.swift SCRIPT.sql...

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-schema OUTPUT.swift SCRIPT.sql...\n".utf8))
    exit(2)
}

var swift = "// Generated at build time from Schema/*.sql by the EmbedSchema plugin. Do not edit.\n\n"
swift += "enum EmbeddedSchema {\n    /// (file name, SQL) of every script in Schema/, in file-name order.\n"
swift += "    static let scripts: [(file: String, sql: String)] = [\n"
for path in arguments.dropFirst() {
    let sql = try String(contentsOfFile: path, encoding: .utf8)
    // Enough '#' that no `"""#...` inside the SQL can close the raw literal early.
    var hashes = "#"
    while sql.contains("\"\"\"" + hashes) { hashes += "#" }
    let name = URL(fileURLWithPath: path).lastPathComponent
    swift += "        (\"\(name)\", \(hashes)\"\"\"\n\(sql)\n\"\"\"\(hashes)),\n"
}
swift += "    ]\n}\n"
try swift.write(toFile: output, atomically: true, encoding: .utf8)
