import ArgumentParser
import Foundation
import MineralKB

/// `mkb`: the command line of MineralKB, a knowledge base of the mineral sector in one SQLite file.
@main
struct MKB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mkb",
        abstract: "MineralKB: who is active where in the mineral sector, who met whom, who said what — with sources.",
        discussion: """
            Every command takes --db PATH; the default is $MKB_DB, else mineral-kb.sqlite in the current \
            directory. Commands that read refuse a database that does not exist (they never create an empty one); \
            `init` and `import` create it.

            Results go to standard output, messages and errors to standard error. Listing commands take \
            --format table|csv|json|jsonl|markdown.

            A name that starts with "-" would be read as an option: give the options first, then "--", which \
            ends them, then the names:
              mkb report --depth 2 -- "-Foo Mining"

            Getting started:
              mkb import Fixtures
              mkb firms --active-in Pakistan --from China
              mkb report "Jiaozuo Creation Heavy Industry"
              mkb search "jiaozou creation"
              mkb quotes --mentions copper
              mkb path "Min Ziheng" Karachi
              mkb sql "SELECT symbol FROM minerals WHERE name = :name" -p name copper
              mkb serve                      # the same in a browser, at http://127.0.0.1:8080

            Exit codes:
              0  success
              1  a user or data error: an unknown or ambiguous name, a bad document,
                 refused or failing SQL, a missing or damaged database,
                 problems found by `mkb check`, no chain found by `mkb path`
              2  a usage error: unknown option, missing or malformed argument
              3  an unexpected internal error (please report it)
              4  `mkb import` committed, but its summary could not be written
                 (standard output closed or on a full device)
            130  interrupted (Ctrl-C); 143 terminated: nothing half-written is left

            A reader that stops reading (mkb sql ... | head -1) ends the command
            quietly, with exit code 0.
            """,
        subcommands: [
            InitCommand.self, ImportCommand.self, FirmsCommand.self, ReportCommand.self, QuotesCommand.self,
            PathCommand.self, SQLCommand.self, SchemaCommand.self, StatsCommand.self, CheckCommand.self,
            ExportCommand.self, RetractCommand.self, MergeCommand.self, AliasCommand.self, RenameCommand.self,
            LogCommand.self, DraftCommand.self, SearchCommand.self, ServeCommand.self,
        ]
    )

    /// The version `mkb --version` prints.
    static let version = "0.1.0"

    @Flag(name: .long, help: "Print the version and exit.")
    var version = false

    /// `mkb --version` prints the version; `mkb` alone, the help.
    func run() throws {
        guard version else { throw CleanExit.helpRequest(self) }
        Console.result(MKB.version)
    }

    /// Runs the command line and exits with the documented code (ArgumentParser alone would use 64 for usage).
    static func main() {
        Signals.install()
        Foundation.exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
    }

    /// Parses and runs `arguments`, printing results and errors; returns the exit code.
    static func run(arguments: [String]) -> Int32 {
        if let unknown = unknownSubcommand(in: arguments) {
            printError(unknown)
            return 2
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            let code = report(error)
            if code == 2, let hint = DashedName.hint(for: arguments) { printError("hint: " + hint) }
            return code
        }
        // ArgumentParser lets a subcommand take its parent's flags; --version belongs to mkb alone.
        if !(command is MKB), arguments.prefix(while: { $0 != "--" }).contains("--version") {
            printError("error: --version is an option of mkb itself, not of a command: mkb --version")
            return 2
        }
        do {
            try command.run()
        } catch let error as ImportCommand.SummaryNotWritten {
            return report(error)
        } catch is OutputFailure.Stop {
            // The output failed and the command stopped: said below.
        } catch {
            // The reader closed the pipe (`mkb sql … | head -1`): it asked for no more, so end quietly.
            if OutputFailure.readerWentAway { return 0 }
            return report(error)
        }
        if OutputFailure.readerWentAway { return 0 }
        if let failure = OutputFailure.current {
            printError("error: cannot write the output: \(failure)")
            return 1
        }
        return 0
    }

    /// The message for a first argument that is neither an option nor a command (`mkb frims`, and
    /// `mkb alias ad` below a command that has commands), with the closest command; nil when the
    /// arguments start well.
    static func unknownSubcommand(in arguments: [String], below command: ParsableCommand.Type = MKB.self,
                                  named path: String = "mkb") -> String? {
        let subcommands = command.configuration.subcommands
        guard !subcommands.isEmpty, let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let isRoot = command == MKB.self
        let names = subcommands.map { $0._commandName } + (isRoot ? ["help"] : [])
        if let known = subcommands.first(where: { $0._commandName == first }) {
            return unknownSubcommand(in: Array(arguments.dropFirst()), below: known, named: path + " " + first)
        }
        guard !names.contains(first) else { return nil }
        var message = "error: unknown command \"\(first)\"" + (isRoot ? "" : " of \(path)")
        if let closest = Suggestion.closest(to: first, among: names) { message += "; did you mean \"\(closest)\"?" }
        return message + "\nThe commands\(isRoot ? "" : " of \(path)") are: \(names.filter { $0 != "help" }.joined(separator: ", ")). "
            + "See '\(path) --help'."
    }

    /// Prints what went wrong where it belongs and picks the exit code.
    static func report(_ error: Error) -> Int32 {
        switch error {
        // The library's errors are data: the message is theirs, the remedy in mkb's words (ErrorMessage).
        case is KnowledgeBaseError, is ImportError, is ReadOnlyQueryError, is UserError:
            printError("error: \(ErrorMessage.text(for: error))")
            return 1
        case let error as ImportCommand.SummaryNotWritten:
            printError("warning: \(error)")
            return ImportCommand.SummaryNotWritten.exitCode
        case is UsageError:
            printError("error: \(error)")
            return 2
        case let error as ExitCode:
            return error.rawValue
        default:
            break
        }
        let code = exitCode(for: error)
        if code == .success {
            // --help and --version: the requested text is the result, so it goes to standard output.
            let output = OutputBuffer.standardOutput()
            output.write(fullMessage(for: error) + "\n")
            output.flush()
            return 0
        }
        if code == .validationFailure {
            // One style for every error: ArgumentParser's "Error: " becomes ours.
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message = "error: " + message.dropFirst("Error: ".count) }
            printError(message)
            return 2
        }
        printError("error: internal error: \(error)\nThis is a bug in mkb; please report it with the command you ran.")
        return 3
    }
}
