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
        output.write(bytes: JSONRenderer.object(keys: keys, values: row))
        output.write("\n")
    }

    /// The fast path, as `JSONRenderer`'s.
    func write(cells row: QueryRow) throws {
        output.write(bytes: try JSONRenderer.object(keys: keys, cells: row, into: &object))
        output.write("\n")
    }

    /// The bytes of the object being written, kept between rows so that no row allocates.
    private var object: [UInt8] = []

    func finish() { output.flush() }
}
