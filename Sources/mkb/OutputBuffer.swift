import Foundation

/// Buffered writing to standard output or a file (a write per row would be a system call per row).
///
/// Writes go straight to the file descriptor, so that a closed pipe is seen as what it is (EPIPE,
/// with SIGPIPE ignored) and a full disk as ENOSPC. After a failed write, later output is dropped:
/// for standard output the failure is recorded in `OutputFailure`, and `mkb` ends accordingly.
final class OutputBuffer {
    private let handle: FileHandle
    private let isStandardOutput: Bool
    // An array, not `Data`: `Data.append(contentsOf:)` of a generic sequence casts dynamically on every call
    // (a third of `mkb sql --format csv`'s time went to the runtime's conformance lookups).
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16
    /// Why writing failed, if it did.
    private(set) var failure: String?

    init(_ handle: FileHandle, isStandardOutput: Bool = false) {
        self.handle = handle
        self.isStandardOutput = isStandardOutput
        buffer.reserveCapacity(capacity)
    }

    /// Standard output, where results go.
    static func standardOutput() -> OutputBuffer { OutputBuffer(.standardOutput, isStandardOutput: true) }

    /// True once a write failed (here, or on standard output by another buffer): stop producing output.
    var hasFailed: Bool { failure != nil || (isStandardOutput && OutputFailure.current != nil) }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    func write(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    /// Writes `data` as upper-case hexadecimal digits, a buffer at a time (a 64 MB blob is never
    /// turned into one 128 MB string first).
    func writeHex(_ data: Data) {
        data.withUnsafeBytes { writeHex($0) }
    }

    /// Writes lent bytes as `writeHex(_:)` writes `Data`.
    func writeHex(_ bytes: UnsafeRawBufferPointer) {
        let digits: [UInt8] = Array("0123456789ABCDEF".utf8)
        for byte in bytes {
            buffer.append(digits[Int(byte >> 4)])
            buffer.append(digits[Int(byte & 0xF)])
            if buffer.count >= capacity {
                flush()
                if hasFailed { return }
            }
        }
    }

    /// Writes `bytes`, each replaced by its entry in `escapes` where it has one, a buffer at a time.
    func writeEscaped(_ bytes: some Collection<UInt8>, escapes: [[UInt8]?]) {
        for byte in bytes {
            if let escape = escapes[Int(byte)] {
                buffer.append(contentsOf: escape)
            } else {
                buffer.append(byte)
            }
            if buffer.count >= capacity {
                flush()
                if hasFailed { return }
            }
        }
    }

    /// Writes what is buffered; a failure is remembered (see `failure`) and later output dropped.
    func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !hasFailed else { return }
        let descriptor = handle.fileDescriptor
        let error: Int32? = buffer.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int32? in
            guard let base = bytes.baseAddress else { return nil }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let error {
            failure = String(cString: strerror(error))
            if isStandardOutput { OutputFailure.record(errno: error) }
        }
    }

    deinit { flush() }
}
