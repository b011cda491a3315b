/// Which columns of a table are shown, and how wide each is, so that the table fits a terminal.
///
/// Without a width (a file, a pipe, or `--wide`) every column is shown at its natural width: the
/// widest of its header and cells. With a width, columns that may be left out (`dropRank`, highest
/// first) go until the others fit at a comfortable width; then the widest columns are narrowed
/// (their cells wrap) until the table fits. Columns never go below their minimum: a table that
/// does not fit even so is marked as not fitting (`fits`).
struct TableLayout: Equatable {
    /// What the layout needs to know of one column.
    struct Column {
        /// The widest of the header and the cells, in terminal columns.
        let naturalWidth: Int
        /// The narrowest the column may be made (its cells wrap to it).
        let minimumWidth: Int
        /// Nil when the column must be shown; otherwise the order in which it is left out, highest first.
        let dropRank: Int?
    }

    /// The indexes of the columns shown, in their order.
    let shown: [Int]
    /// The width of each shown column.
    let widths: [Int]
    /// False when even the narrowest layout is wider than the terminal: the rows are then better
    /// shown one field per line (see `TableRenderer`).
    var fits = true

    /// Columns are separated by this many spaces.
    static let separatorWidth = 2
    /// Columns that may go are left out until the others fit at least this wide (or at their natural width).
    static let comfortableWidth = 16

    /// The columns that fit in `width` columns (all, at their natural widths, when `width` is nil).
    static func fit(_ columns: [Column], into width: Int?) -> TableLayout {
        var shown = Array(columns.indices)
        guard let width else { return TableLayout(shown: shown, widths: columns.map(\.naturalWidth)) }
        func total(_ widths: [Int]) -> Int { widths.reduce(0, +) + separatorWidth * max(0, widths.count - 1) }
        func minimum(_ index: Int) -> Int { min(columns[index].naturalWidth, columns[index].minimumWidth) }

        // Columns go until the rest fit at a width that still reads well; only then are they narrowed to fit.
        func comfortable(_ index: Int) -> Int { min(columns[index].naturalWidth, max(columns[index].minimumWidth, comfortableWidth)) }
        if total(shown.map { columns[$0].naturalWidth }) > width {
            while total(shown.map(comfortable)) > width {
                let droppable = shown.filter { columns[$0].dropRank != nil }
                guard let next = droppable.max(by: { (columns[$0].dropRank ?? 0) < (columns[$1].dropRank ?? 0) }) else { break }
                shown.removeAll { $0 == next }
            }
        }
        let natural = shown.map { columns[$0].naturalWidth }
        let floors = shown.map(minimum)
        let available = width - separatorWidth * max(0, shown.count - 1)
        guard natural.reduce(0, +) > available else { return TableLayout(shown: shown, widths: natural) }
        // The largest cap such that every column at min(natural, max(cap, floor)) still fits.
        func widths(cap: Int) -> [Int] { zip(natural, floors).map { min($0, max(cap, $1)) } }
        var low = 0
        var high = natural.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if widths(cap: middle).reduce(0, +) <= available { low = middle } else { high = middle - 1 }
        }
        guard floors.reduce(0, +) <= available else { return TableLayout(shown: shown, widths: floors, fits: false) }
        var fitted = widths(cap: low)
        // What the cap leaves over goes, a column at a time, to the columns still narrower than their cells.
        var spare = available - fitted.reduce(0, +)
        for index in fitted.indices where spare > 0 && fitted[index] < natural[index] {
            fitted[index] += 1
            spare -= 1
        }
        return TableLayout(shown: shown, widths: fitted)
    }
}
