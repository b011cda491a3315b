import Foundation

/// Buffered writing to standard output or standard error (a write per row would be a system call per row).
final class OutputBuffer {
    private let handle: FileHandle
    private var buffer = Data()
    private let capacity = 1 << 16

    init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(capacity)
    }

    /// Standard output, where results go.
    static func standardOutput() -> OutputBuffer { OutputBuffer(.standardOutput) }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    func write(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    /// Writes what is buffered. A failed write (a full disk, a closed pipe) is remembered in
    /// `OutputFailure` and later output is dropped: the command then exits 1 with the reason.
    func flush() {
        guard !buffer.isEmpty else { return }
        if OutputFailure.current == nil {
            do {
                try handle.write(contentsOf: buffer)
            } catch {
                OutputFailure.record(error)
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
