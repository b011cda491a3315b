import ArgumentParser

/// A name that starts with "-" (`mkb report "-Foo"`) is read as an option, by ArgumentParser as by
/// most command lines. "--" ends the options: `mkb report --db kb.sqlite -- "-Foo"` works. This words
/// that remedy after a usage error, naming the words taken for options and, when it parses, the
/// command line rewritten that way.
enum DashedName {
    /// The hint to print after a usage error for `arguments`, or nil when no word before "--" looks
    /// like a name taken for an option. A well-formed `--word` that is no option is left to
    /// ArgumentParser's "did you mean": it is far likelier a mistyped option than a name.
    static func hint(for arguments: [String]) -> String? {
        let options = Array(arguments.prefix { $0 != "--" })
        guard options.count == arguments.count else { return nil }
        // The command the words address: the leading words that name commands.
        var command: ParsableCommand.Type = MKB.self
        var path: [String] = []
        for word in options {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == word }) else { break }
            command = next
            path.append(word)
        }
        let arity = optionArity(of: command)
        let isName = { (word: String) -> Bool in
            guard word.hasPrefix("-"), word.count > 1, Double(word) == nil else { return false }
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            return arity[name] == nil && word.wholeMatch(of: /--[a-z][a-z0-9-]*(=.*)?/) == nil
        }
        let dashed = options.filter(isName)
        guard !dashed.isEmpty else { return nil }
        var message = "a name or value that starts with \"-\" is read as an option (here \(dashed.map(quoted).joined(separator: ", "))): "
            + "give the options first, then \"--\", which ends them, then the names"
        // The same words with the names after "--", shown only when that parses.
        var flags: [String] = []
        var names: [String] = []
        var words = options.dropFirst(path.count)[...]
        while let word = words.popFirst() {
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if let count = arity[name], !isName(word) {
                flags.append(word)
                if !word.contains("=") { for _ in 0..<count { if let value = words.popFirst() { flags.append(value) } } }
            } else {
                names.append(word)
            }
        }
        let rewritten = path + flags + ["--"] + names
        if (try? MKB.parseAsRoot(rewritten)) != nil {
            message += ":\n  " + (["mkb"] + path + flags.map { shellWord($0) } + ["--"] + names.map { shellWord($0, isName: true) })
                .joined(separator: " ")
        }
        return message
    }

    /// Every option spelling of the command (`--db`, `-p`, `--help`, ...) and how many values follow it,
    /// read from its help: `--db <path>` takes one, `-p <name value>` two, `--wide` none.
    private static func optionArity(of command: ParsableCommand.Type) -> [String: Int] {
        let help = MKB.helpMessage(for: command, includeHidden: true, columns: 10_000)
        var arity = ["-h": 0, "--help": 0]
        // Options stand after a space, "[", "(" or "," in the help: `[--db <path>]`, `-h, --help`.
        for match in help.matches(of: /(?:^|[\s\[(,])(--?[A-Za-z][A-Za-z0-9-]*)(?: <([^>]+)>)?/.anchorsMatchLineEndings()) {
            let values = match.output.2.map { $0.split(separator: " ").count } ?? 0
            arity[String(match.output.1)] = max(arity[String(match.output.1)] ?? 0, values)
        }
        return arity
    }

    /// `word` as typed at a shell: as it is when it holds only safe characters (and, for a name,
    /// does not start with "-"), else quoted.
    private static func shellWord(_ word: String, isName: Bool = false) -> String {
        let safe = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.,/:=#@+%".contains($0)) }
        return safe && !(isName && word.hasPrefix("-")) ? word : quoted(word)
    }

    /// `word` in single quotes, a quote inside written '\''.
    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
