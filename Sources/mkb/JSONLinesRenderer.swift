import MineralKB

/// One JSON object per line (sqlite-utils' `--nl`), each value written as in `JSONRenderer`.
final class JSONLinesRenderer: RowRenderer {
    private let output: OutputBuffer
    private var keys: [[UInt8]] = []

    init(output: OutputBuffer) { self.output = output }

    func begin(columns: [String]) {
        keys = columns.map { JSONRenderer.string(Array($0.utf8)) + [UInt8(ascii: ":")] }
    }

    func write(_ row: [QueryValue]) {
        JSONRenderer.writeObject(keys: keys, values: row, to: output)
        output.write("\n")
    }

    /// The fast path, as `JSONRenderer`'s.
    func write(cells row: QueryRow) throws {
        try JSONRenderer.writeObject(keys: keys, cells: row, to: output)
        output.write("\n")
    }

    func finish() { output.flush() }
}
