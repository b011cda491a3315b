import ArgumentParser
import MineralKB

/// `mkb rename`: a new canonical name.
struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give an entity a new canonical name; the old one stays an alias.",
        discussion: """
            Example:
              mkb rename JCHI "Jiaozuo Creation Heavy Industry Co., Ltd."
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var curation: CurationOptions
    @Argument(help: ArgumentHelp("The entity (any of its names).", valueName: "entity")) var entity: String
    @Argument(help: ArgumentHelp("Its new name.", valueName: "name")) var name: String

    func run() throws {
        CurationOutput.print(try global.openExisting().rename(entity, to: name, dryRun: curation.dryRun))
    }
}
