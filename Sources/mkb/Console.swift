import Foundation

/// Line-oriented output for commands that print sentences rather than listings.
enum Console {
    /// A line of the command's result, on standard output.
    static func result(_ line: String) {
        let output = OutputBuffer.standardOutput()
        output.write(TerminalText.escapedLines(line) + "\n")
        output.flush()
    }

    /// Text that is the command's result, written as it is.
    static func write(_ text: String) {
        let output = OutputBuffer.standardOutput()
        output.write(text)
        output.flush()
    }

    /// True when standard error is a terminal (and so may show a progress bar).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// Writes a message line to standard error, right away (if even that fails, there is no one to tell).
/// Names from the data inside it are escaped for the terminal, line by line (see `TerminalText`).
func printError(_ message: String) {
    try? FileHandle.standardError.write(contentsOf: Data((TerminalText.escapedLines(message) + "\n").utf8))
}
