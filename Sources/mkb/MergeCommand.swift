import ArgumentParser
import MineralKB

/// `mkb merge`: two entities are one.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge DROP into KEEP: two entities that are one.",
        discussion: """
            DROP's names, identifiers, links, quotes, mentions and sources move to KEEP; a claim both made \
            becomes one claim with both sources; DROP's names find KEEP afterwards. Both must be of one kind. \
            The change is recorded (see `mkb log`).

            Example:
              mkb merge "Jiaozuo Creation" "Indus Example Minerals Ltd" --dry-run
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var curation: CurationOptions

    @Argument(help: ArgumentHelp("The entity that stays (any of its names).", valueName: "keep"))
    var keep: String

    @Argument(help: ArgumentHelp("The entity merged into it.", valueName: "drop"))
    var drop: String

    func run() throws {
        CurationOutput.print(try global.openExisting().merge(keep: keep, drop: drop, dryRun: curation.dryRun))
    }
}
