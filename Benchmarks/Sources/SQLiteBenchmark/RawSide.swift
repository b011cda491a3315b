import CRawBenchmark

/// The input rows as C arrays (NUL-terminated UTF-8 back to back, with offsets and lengths),
/// built once from the same `BenchmarkRows` the wrapper side binds.
final class RawRows {
    private let names: UnsafeMutableBufferPointer<CChar>
    private let nameOffsets: UnsafeMutableBufferPointer<Int64>
    private let nameLengths: UnsafeMutableBufferPointer<Int32>
    private let countries: UnsafeMutableBufferPointer<CChar>
    private let countryOffsets: UnsafeMutableBufferPointer<Int64>
    private let countryLengths: UnsafeMutableBufferPointer<Int32>
    private let founded: UnsafeMutableBufferPointer<Int64>
    let count: Int

    init(_ rows: BenchmarkRows) {
        count = rows.count
        (names, nameOffsets, nameLengths) = RawRows.pack(rows.names)
        (countries, countryOffsets, countryLengths) = RawRows.pack(rows.countries)
        founded = .allocate(capacity: rows.count)
        _ = founded.initialize(from: rows.founded.lazy.map { Int64($0) })
    }

    deinit {
        for buffer in [names, countries] { buffer.deallocate() }
        for buffer in [nameOffsets, countryOffsets, founded] { buffer.deallocate() }
        nameLengths.deallocate()
        countryLengths.deallocate()
    }

    private static func pack(_ strings: [String]) -> (UnsafeMutableBufferPointer<CChar>, UnsafeMutableBufferPointer<Int64>, UnsafeMutableBufferPointer<Int32>) {
        let total = strings.reduce(0) { $0 + $1.utf8.count + 1 }
        let bytes = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(total, 1))
        let offsets = UnsafeMutableBufferPointer<Int64>.allocate(capacity: max(strings.count, 1))
        let lengths = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(strings.count, 1))
        var position = 0
        for (index, string) in strings.enumerated() {
            offsets[index] = Int64(position)
            lengths[index] = Int32(string.utf8.count)
            for byte in string.utf8 {
                bytes[position] = CChar(bitPattern: byte)
                position += 1
            }
            bytes[position] = 0
            position += 1
        }
        return (bytes, offsets, lengths)
    }

    func withRows<T>(_ body: (UnsafePointer<raw_bench_rows>) throws -> T) rethrows -> T {
        var rows = raw_bench_rows(
            count: Int64(count),
            names: UnsafePointer(names.baseAddress),
            name_offsets: UnsafePointer(nameOffsets.baseAddress),
            name_lengths: UnsafePointer(nameLengths.baseAddress),
            countries: UnsafePointer(countries.baseAddress),
            country_offsets: UnsafePointer(countryOffsets.baseAddress),
            country_lengths: UnsafePointer(countryLengths.baseAddress),
            founded: UnsafePointer(founded.baseAddress)
        )
        return try withUnsafePointer(to: &rows) { try body($0) }
    }
}

/// A failure of the C side, with SQLite's message.
struct RawError: Error, CustomStringConvertible {
    let description: String
}

/// A raw C connection, opened with the same setup as the wrapper's `Database(path:)`.
final class RawConnection {
    let pointer: OpaquePointer

    init(path: String, pragmas: String) throws {
        var message = [CChar](repeating: 0, count: 512)
        let opened = message.withUnsafeMutableBufferPointer { buffer in
            raw_bench_open(path, pragmas, buffer.baseAddress, Int32(buffer.count))
        }
        guard let opened else {
            throw RawError(description: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        pointer = opened
    }

    deinit { raw_bench_close(pointer) }

    func check(_ code: Int32, _ what: String) throws {
        guard code == 0 else {
            throw RawError(description: "\(what): SQLite error \(code): \(String(cString: raw_bench_errmsg(pointer)))")
        }
    }

    func execute(_ sql: String) throws {
        try check(raw_bench_exec(pointer, sql), sql)
    }
}
