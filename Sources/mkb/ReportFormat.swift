import ArgumentParser

/// How `mkb report` prints a report: readable text, Markdown, or the report's JSON.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json
}
