/// Breaks text into lines no wider than a number of terminal columns, counted by display width.
///
/// Lines break after a space, or after `_`, `/`, `,` or a hyphen that follows a letter (`has_office_in` wraps as
/// `has_` / `office_in`); a word wider than the line is cut where it must be. Breaks between
/// spaces drop the spaces; nothing else is lost or added, so joining the lines gives the text back
/// up to the spaces at the breaks.
enum TextWrap {
    /// The lines of `text` within `width` columns (at least one line; `width` below 1 counts as 1).
    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        guard DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        // The last place the current line may break: its index in `line` and the width up to it.
        var breakIndex: String.Index?
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if character == " " {
                if lineWidth + 1 > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    breakIndex = nil
                    continue  // the space at a break goes
                }
                line.append(character)
                lineWidth += 1
                breakIndex = line.endIndex
                continue
            }
            if lineWidth + characterWidth > width {
                if let index = breakIndex, index > line.startIndex {
                    let rest = String(line[index...])
                    lines.append(trimmingTrailingSpaces(String(line[..<index])))
                    line = rest
                } else if !line.isEmpty {
                    lines.append(line)
                    line = ""
                }
                lineWidth = DisplayWidth.of(line)
                breakIndex = nil
            }
            // Only a hyphen inside a word may break: not one of a date (2026-01-29) or an option (--wide).
            let isAfterLetter = line.last?.isLetter == true
            line.append(character)
            lineWidth += characterWidth
            if "_/,".contains(character) || (character == "-" && isAfterLetter) { breakIndex = line.endIndex }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A line of prose wrapped to `width`, its continuation lines indented by `indent` columns.
    static func paragraph(_ line: String, width: Int, indent: Int) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        let first = lines(line, width: width)
        guard first.count > 1, width - indent >= 20 else { return first }
        let rest = first.dropFirst().joined(separator: " ")
        let padding = String(repeating: " ", count: indent)
        return [first[0]] + lines(rest, width: width - indent).map { padding + $0 }
    }

    /// The display width of the text's leading spaces and bullet (`• `, `↳ `, `- `), for hanging indents.
    static func hangingIndent(of line: String) -> Int {
        var width = 0
        var characters = line.makeIterator()
        while let character = characters.next() {
            if character == " " {
                width += 1
                continue
            }
            if "•↳-*+=".contains(character) {
                if let next = characters.next(), next == " " { return width + 2 }
            }
            return width
        }
        return width
    }

    private static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
