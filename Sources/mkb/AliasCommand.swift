import ArgumentParser
import MineralKB

/// `mkb alias add|remove`: names by hand.
struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Add a name to an entity, or take one away.",
        discussion: """
            Example:
              mkb alias add "Jiaozuo Creation Heavy Industry Co Ltd" "JCHI"
              mkb alias remove Pakistan "Islamic Republic" --dry-run
            """,
        subcommands: [Add.self, Remove.self]
    )

    /// `mkb alias add ENTITY NAME`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an entity another name (recorded; an export carries it).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var curation: CurationOptions
        @Argument(help: ArgumentHelp("The entity (any of its names).", valueName: "entity")) var entity: String
        @Argument(help: ArgumentHelp("The new name.", valueName: "name")) var name: String

        func run() throws {
            CurationOutput.print(try global.openExisting().addAlias(name, to: entity, dryRun: curation.dryRun))
        }
    }

    /// `mkb alias remove ENTITY NAME`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a name away from an entity (not its canonical name; rename it first).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var curation: CurationOptions
        @Argument(help: ArgumentHelp("The entity (any of its names).", valueName: "entity")) var entity: String
        @Argument(help: ArgumentHelp("The name to take away.", valueName: "name")) var name: String

        func run() throws {
            CurationOutput.print(try global.openExisting().removeAlias(name, from: entity, dryRun: curation.dryRun))
        }
    }
}
