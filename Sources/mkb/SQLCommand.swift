import ArgumentParser
import Foundation
import MineralKB

/// `mkb sql`: an ad-hoc read-only query.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query and print its rows.",
        discussion: """
            The database is opened read-only and anything that would write, attach a file or change a \
            setting is refused before it runs, naming what was refused. Read-only PRAGMA functions work: \
            SELECT * FROM pragma_table_info('quotes'). See `mkb schema` for the tables and views.

            Parameters: give named ones with -p NAME VALUE (for :NAME, @NAME or $NAME), and the others \
            (?, ?NNN) as values after the SQL, in order (after `--` if a value starts with a dash). A value \
            written as a number (42, -7, 2.5, 1e3) is bound as a number; any other value (007, Pakistan) as text.

            A query still running after --timeout seconds (default 5) is stopped. Give - as the SQL to read \
            it from standard input; SQL that starts with a -- comment goes after a lone -- (mkb sql -- "-- ...").

            With --format json the output is exactly what `sqlite3 -json` prints for the same query, and with \
            --format csv what `sqlite3 -csv -header` prints (`sqlite3 -csv` with --no-headers); no formula guard.

            Example:
              mkb sql "SELECT place FROM firm_presence WHERE within = :p" -p p Pakistan
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "One SQL statement: SELECT, WITH ... SELECT, or a read-only PRAGMA; - reads it from standard input.")
    var sql: String

    @Argument(help: ArgumentHelp("Values for the positional parameters (?, ?NNN), in order.", valueName: "value"))
    var values: [String] = []

    @Option(name: .customShort("p"), parsing: .upToNextOption,
            help: ArgumentHelp("A named parameter: -p NAME VALUE (repeat for several).", valueName: "name value"))
    var parameters: [String] = []

    @Option(name: .long, help: ArgumentHelp("Seconds the query may run, from preparing it to writing its last row, before it is stopped.",
                                            valueName: "seconds"))
    var timeout: Seconds = Seconds(ReadOnlyQuery.defaultTimeLimit)

    @Option(name: .customLong("memory-limit"),
            help: ArgumentHelp("MiB of memory SQLite may use for the query before it is stopped (default 1024).", valueName: "MiB"))
    var memoryLimit: Int = Int(ReadOnlyQuery.defaultMemoryLimit >> 20)

    func validate() throws {
        if parameters.count % 2 != 0 {
            throw ValidationError("Each -p takes a NAME and a VALUE (for example -p place Pakistan).")
        }
        var names: Set<String> = []
        for pair in stride(from: 0, to: parameters.count, by: 2) {
            let name = SQLCommand.bareName(parameters[pair])
            if !names.insert(name).inserted {
                throw ValidationError("-p \(parameters[pair]) is given twice; give each named parameter one value.")
            }
        }
        if !(1...(1 << 20)).contains(memoryLimit) {
            throw ValidationError("--memory-limit must be a whole number of MiB from 1 to 1048576, not \(memoryLimit).")
        }
    }

    /// `:name`, `@name`, `$name` and `name` are one parameter.
    private static func bareName(_ name: String) -> String {
        name.first.map { ":@$".contains($0) } == true ? String(name.dropFirst()) : name
    }

    func run() throws {
        var named: [String: QueryValue] = [:]
        for pair in stride(from: 0, to: parameters.count, by: 2) {
            named[parameters[pair]] = SQLCommand.value(parameters[pair + 1])
        }
        let text = sql == "-" ? try SQLCommand.readStandardInput() : sql
        let query = ReadOnlyQuery(sql: text, positionalParameters: values.map(SQLCommand.value),
                                  namedParameters: named, timeLimit: timeout.value, memoryLimit: Int64(memoryLimit) << 20)
        let kb = try global.openForReading()
        // The library interrupts the query at its time limit; a single SQL function call (a huge
        // printf) or a write to a reader that stopped reading cannot be interrupted, so past the
        // limit and a short grace the process ends here with the same message.
        let backstop = Backstop(after: timeout.value + Backstop.grace, message: "error: \(ErrorMessage.text(for: ReadOnlyQueryError.timedOut(seconds: timeout.value)))")
        defer { backstop.disarm() }
        let buffer = OutputBuffer.standardOutput()
        // CSV as the sqlite3 shell writes it, byte for byte (`sqlite3 -csv -header`, or `-csv` with
        // --no-headers): this is the data, so no formula guard.
        let renderer = output.format == .csv ? SQLiteShellCSVRenderer(output: buffer, writesHeader: !output.noHeaders)
            : output.format.makeRenderer(output: buffer, style: output.tableStyle(), emptyJSONArray: false)
        var rowCount = 0
        try kb.run(query, columns: renderer.begin) { (row: QueryRow) in
            rowCount += 1
            try renderer.write(cells: row)
            // Output that cannot be written (a closed pipe, a full disk): stop the query, do not run it to its end.
            if buffer.hasFailed { throw OutputFailure.Stop() }
        }
        renderer.finish()
        if rowCount == 0 { printError("no rows") }
    }

    private static func readStandardInput() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw UserError("the SQL read from standard input is not UTF-8 text")
        }
        return text
    }

    /// A number when the text is written as one (`42`, `-7`, `2.5`, `1e3`), else the text itself.
    static func value(_ text: String) -> QueryValue {
        if let integer = Int64(text), String(integer) == text { return .integer(integer) }
        // Only numbers as people write them: "2.5", "-0.75", "1e3"; "007" and "1." stay text.
        let isDecimal = text.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+([eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)$"#, options: .regularExpression) != nil
        if isDecimal, let real = Double(text), real.isFinite { return .real(real) }
        return .text(text)
    }
}
