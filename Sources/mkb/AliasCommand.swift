import ArgumentParser
import MineralKB

/// `mkb alias add|remove`: names by hand.
struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Add a name to an entity, or take one away.",
        discussion: """
            Example:
              mkb alias add "Min Ziheng" "Mr Min"
            """,
        subcommands: [Add.self, Remove.self]
    )

    /// `mkb alias add ENTITY NAME`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an entity another name (recorded; an export carries it).",
            discussion: """
                Another entity of the kind may have the name too: it is then ambiguous, and documents that use \
                it say which with ids.

                Example:
                  mkb alias add "Min Ziheng" "Mr Min"
                """)

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
            abstract: "Take a name away from an entity (not its canonical name; rename it first).",
            discussion: """
                A document that declares the name again does not bring it back.

                Example:
                  mkb alias remove Pakistan PAK --dry-run
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var curation: CurationOptions
        @Argument(help: ArgumentHelp("The entity (any of its names).", valueName: "entity")) var entity: String
        @Argument(help: ArgumentHelp("The name to take away.", valueName: "name")) var name: String

        func run() throws {
            CurationOutput.print(try global.openExisting().removeAlias(name, from: entity, dryRun: curation.dryRun))
        }
    }
}
