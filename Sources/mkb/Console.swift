import Foundation

/// Line-oriented output for commands that print sentences rather than listings.
enum Console {
    /// Lines of the command's result, on standard output; on a terminal, wrapped at its width.
    /// Names from the data inside it are escaped for the terminal, line by line (see `TerminalText`).
    static func result(_ line: String) {
        var text = TerminalText.escapedLines(line)
        if let width = TerminalWidth.standardOutput {
            text = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                TextWrap.paragraph(String(line), width: width, indent: TextWrap.hangingIndent(of: String(line)) + 2)
            }.joined(separator: "\n")
        }
        let output = OutputBuffer.standardOutput()
        output.write(text + "\n")
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
/// On a terminal, long lines wrap at its width, continuation lines indented under their first word.
/// Names from the data inside it are escaped for the terminal, line by line (see `TerminalText`).
func printError(_ message: String) {
    var text = TerminalText.escapedLines(message)
    if let width = TerminalWidth.standardError {
        text = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            TextWrap.paragraph(String(line), width: width, indent: TextWrap.hangingIndent(of: String(line)) + 2)
        }.joined(separator: "\n")
    }
    try? FileHandle.standardError.write(contentsOf: Data((text + "\n").utf8))
}
