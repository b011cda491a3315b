import ArgumentParser
import MineralKB

/// `mkb retract`: remove a source and what only it backs.
struct RetractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Remove a source and every fact that only it backs.",
        discussion: """
            Links and quotes only this source backs go; links other sources also back stay, with those \
            sources. An entity left with no source and no link goes too; reference places and minerals \
            stay. Each fact removed is listed, and the change is recorded (see `mkb log`).

            Example:
              mkb retract "#2" --dry-run
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var curation: CurationOptions

    @Argument(help: ArgumentHelp("The source: its id (12 or #12), url, reference, title or label.", valueName: "source"))
    var source: String

    func run() throws {
        CurationOutput.print(try global.openExisting().retract(source: source, dryRun: curation.dryRun))
    }
}
