import Foundation
import MineralKB

/// The read-only SQL page: a query box, the result as a table, and links to download it.
public enum SQLPage {
    /// A result as the page shows it: at most `rowsShown` rows.
    public struct Result: Sendable {
        /// The column names.
        public var columns: [String] = []
        /// The rows shown.
        public var rows: [[QueryValue]] = []
        /// True when the query gave more rows than the page shows.
        public var isCut = false

        /// An empty result.
        public init() {}
    }

    /// The most rows the page shows; the downloads carry all of them (within their size limit).
    public static let rowsShown = 500

    /// The page's body: the form (with the query as typed), then the result or the error.
    public static func body(sql: String?, result: Result?, error: String?, timeLimit: Double, linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        w.element("h1", "SQL")
        w.element("p", "One read-only statement: anything that writes, attaches a file or changes a setting is refused, "
            + "and a query is stopped after \(LinkWording.number(timeLimit)) s — the guards of mkb sql. "
            + "Tables and views: see the README or SELECT name FROM sqlite_schema.", class: "muted")
        w.raw("<form method=\"get\" action=\"")
        w.text((linkBase ?? "") + "/sql")
        w.raw("\"><textarea name=\"sql\" rows=\"6\" aria-label=\"SQL\">")
        w.text(sql ?? "SELECT organisation, place, since FROM firm_presence WHERE within = 'Pakistan'")
        w.raw("</textarea><p><button>Run</button></p></form>")
        if let error {
            w.raw("<p class=\"error\">")
            w.text(error)
            w.raw("</p>")
        }
        guard let sql, let result else { return w.html }
        w.raw("<p>Download: ")
        w.link("/sql.csv", query: [("sql", sql)], "CSV")
        w.text(" · ")
        w.link("/sql.json", query: [("sql", sql)], "JSON")
        w.raw("</p><table>")
        w.headerRow(result.columns)
        for row in result.rows {
            w.raw("<tr>")
            for value in row {
                switch value {
                case .integer, .real: w.element("td", text(value), class: "num")
                case .null: w.element("td", "NULL", class: "muted")
                default: w.element("td", text(value))
                }
            }
            w.raw("</tr>")
        }
        w.raw("</table>")
        w.element("p", result.isCut ? "Showing the first \(rowsShown) rows; the downloads have them all."
            : "\(result.rows.count) row\(result.rows.count == 1 ? "" : "s").", class: "muted")
        return w.html
    }

    /// A value as text: numbers as SQLite prints them, blobs as hex.
    public static func text(_ value: QueryValue) -> String {
        switch value {
        case .integer(let number): return String(number)
        case .real(let number): return LinkWording.number(number)
        case .text(let text): return text
        case .blob(let data): return "x'" + data.map { String(format: "%02x", $0) }.joined() + "'"
        case .null: return ""
        }
    }
}
