import Foundation

/// A one-line progress bar on standard error, redrawn in place: `[#######-----] 7/12 documents`.
///
/// Used only when standard error is a terminal, so nothing of it reaches a pipe or a log file.
final class ProgressBar {
    private let label: String
    private let width = 30
    private var lastDrawn = -1

    init(label: String) { self.label = label }

    /// Draws `done` of `total`; the bar is erased when done reaches total.
    func update(done: Int, total: Int) {
        guard total > 0 else { return }
        // On a narrow terminal the bar shrinks, so that it never wraps onto a second line.
        let label = " \(done)/\(total) \(self.label)"
        let width = min(self.width, max(5, (TerminalWidth.standardError ?? 80) - label.count - 3))
        let filled = min(width, done * width / total)
        guard filled != lastDrawn || done == total else { return }
        lastDrawn = filled
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        var line = "\r[\(bar)]\(label)"
        if done >= total { line = "\r" + String(repeating: " ", count: line.count) + "\r" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
