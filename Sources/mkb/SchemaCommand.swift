import ArgumentParser
import MineralKB

/// `mkb schema`: the tables and views, with their columns, for people writing SQL.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "List the tables and views with their columns, types, keys and references.",
        discussion: """
            One row per column. The views (firm_presence, quote_details, edges, ...) read like the \
            domain and are the easiest place to start writing SQL; quotes_fts is the full-text index of quotes.

            Columns (the defaults first; --columns picks, --wide shows all): \(Listing.columnHelp(SchemaCommand.columns))

            Example:
              mkb schema --table quote_details
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var choice: ColumnOptions

    @Option(name: .long, help: ArgumentHelp("Only this table or view.", valueName: "name"))
    var table: String?

    func run() throws {
        let kb = try global.openForReading()
        var tables = try kb.catalog()
        if let table {
            tables = tables.filter { $0.name.lowercased() == table.lowercased() }
            if tables.isEmpty {
                let names = try kb.catalog().map(\.name).joined(separator: ", ")
                throw UserError("no table or view named \"\(table)\"; there are: \(names)")
            }
        }
        let rows = tables.flatMap { table in table.columns.map { SchemaRow(table: table, column: $0) } }
        try Listing.print(rows, columns: SchemaCommand.columns, options: output, chosen: choice.names, empty: "no tables")
    }

    /// One column of one table, the row of the flat listing.
    struct SchemaRow {
        let table: CatalogTable
        let column: CatalogColumn
    }

    static var columns: [ListingColumn<SchemaRow>] { [
        .text("table") { $0.table.name },
        .text("kind") { $0.table.kind.rawValue }.droppable(4),
        .text("column") { $0.column.name },
        .text("type") { $0.column.type.isEmpty ? nil : $0.column.type },
        .text("not_null") { $0.column.isNotNull ? "yes" : nil }.droppable(2),
        .integer("key") { $0.column.primaryKeyPosition }.droppable(3),
        .text("default") { $0.column.defaultValue }.droppable(5),
        .text("references") { $0.column.references }.droppable(1),
    ] }
}
