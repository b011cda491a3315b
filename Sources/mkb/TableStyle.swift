/// How a table is laid out: the width to fit, whether to print the header, and per-column hints.
struct TableStyle {
    /// What a listing knows about one of its columns that the table layout uses.
    struct ColumnHint {
        /// The narrowest the column may be wrapped to; nil for the default (10, or the header's longest word).
        var minimumWidth: Int?
        /// Nil when the column is always shown; otherwise the order it is left out in to fit, highest first.
        var dropRank: Int?
    }

    /// The terminal width to fit, or nil to print every column in full (a file, a pipe, `--wide`).
    var width: Int?
    /// False for `--no-headers`: rows only.
    var showsHeaders = true
    /// Hints for the columns, in order; columns without one are always shown.
    var hints: [ColumnHint] = []

    /// Every column in full, with its header: what a file or a pipe gets.
    static let full = TableStyle(width: nil)
}
