import Foundation

/// How wide the terminal a stream writes to is, or nil when the stream is not a terminal.
///
/// A file or a pipe has no width: output to it is never wrapped or cut, whatever `$COLUMNS` says.
/// On a terminal, `$COLUMNS` (a positive number) wins, as in other command-line tools; else the
/// terminal's own size; else 80.
enum TerminalWidth {
    /// The width of standard output when it is a terminal.
    static var standardOutput: Int? { width(of: STDOUT_FILENO) }

    /// The width of standard error when it is a terminal.
    static var standardError: Int? { width(of: STDERR_FILENO) }

    static func width(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
