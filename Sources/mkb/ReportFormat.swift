import ArgumentParser

/// How `mkb report` prints a report: readable text, Markdown, the report's JSON, or a self-contained HTML page.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, json, html
}
