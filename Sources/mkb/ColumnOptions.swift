import Foundation
import ArgumentParser

/// `--columns`: which of a listing's columns to print, in which order.
struct ColumnOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The columns to print, in order, separated by commas (the command's help lists them).",
                                            valueName: "a,b,c"))
    var columns: String?

    /// The names asked for, or nil for the command's default columns.
    var names: [String]? {
        columns.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }
}
