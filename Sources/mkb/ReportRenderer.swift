import MineralKB

/// Writes an entity report as readable text (for the terminal) or as Markdown (for notes and wikis).
///
/// Both show the same things in the same order: who or what it is, its names and facts, every link
/// grouped by kind with its dates and sources, forums, quotes by and about it, the firms within a
/// place, and the wider neighbourhood when asked for. Text for a terminal is wrapped to its width,
/// each continuation line indented under its bullet.
struct ReportRenderer {
    enum Style { case text, markdown }

    let style: Style
    /// The terminal width to wrap text to; nil for none (Markdown, files, pipes).
    var width: Int? = nil
    /// Relation names in words (`has_office_in` → "has an office in"), for the firms within a place.
    var relationLabels: [String: String] = [:]

    func render(_ report: EntityReport) -> String {
        var lines: [String] = []
        let entity = report.entity
        switch style {
        case .text:
            lines.append("\(entity.name) — \(entity.kind.rawValue) #\(entity.id)")
            lines.append(String(repeating: "=", count: DisplayWidth.of(lines[0])))
        case .markdown:
            lines.append("# \(md(entity.name))")
            lines.append("")
            lines.append("*\(entity.kind.rawValue)* #\(entity.id)")
        }
        if let description = report.description { lines += ["", style == .markdown ? md(description) : description] }

        var identity: [String] = []
        if !report.aliases.isEmpty { identity.append(fact("also known as", report.aliases.joined(separator: "; "))) }
        identity += report.facts.map { fact($0.label, $0.value) }
        if !identity.isEmpty { lines += [""] + identity }

        if !report.sources.isEmpty {
            lines += heading("Reported by")
            lines += report.sources.map { bullet(citation($0)) }
        }
        for group in report.linkGroups {
            lines += heading(group.title)
            for link in group.links {
                lines.append(bullet(describe(link)))
                lines += link.sources.map { bullet("source: " + citation($0), level: 1) }
            }
        }
        if !report.forums.isEmpty {
            lines += heading("Forums")
            lines += report.forums.map { appearance in
                bullet("\(name(appearance.forum)) — \(appearance.role.replacingOccurrences(of: "_", with: " "))"
                    + (appearance.through.map { " (\($0))" } ?? ""))
            }
        }
        if !report.quotesBy.isEmpty {
            lines += heading("Quotes by \(entity.name)")
            lines += report.quotesBy.flatMap(quote)
        }
        if !report.quotesAbout.isEmpty {
            lines += heading("Quotes about \(entity.name)")
            lines += report.quotesAbout.flatMap(quote)
        }
        if !report.projectsWithin.isEmpty {
            lines += heading("Projects in \(entity.name) and the places within it")
            for located in report.projectsWithin {
                lines.append(bullet("\(name(located.project)) in \(name(located.place))"))
                for stake in located.stakes {
                    var text = "\(name(stake.organisation)) \(stake.label)"
                    var details: [String] = []
                    if let share = stake.sharePercent { details.append("\(number(share))%") }
                    if let detail = stake.detail { details.append(style == .markdown ? md(detail) : detail) }
                    if !details.isEmpty { text += " — " + details.joined(separator: ", ") }
                    lines.append(bullet(text + dates(since: stake.since, until: stake.until, status: stake.status), level: 1))
                }
            }
        }
        // Presences in the place itself are listed under Presence already; these are those in the places
        // inside it, and those through a project.
        let firmsInside = report.firmsWithin.filter { $0.place.id != entity.id || $0.viaProject != nil }
        if !firmsInside.isEmpty {
            lines += heading("Firms present in places within \(entity.name)")
            for firm in firmsInside {
                let relation = relationLabels[firm.presence] ?? firm.presence.replacingOccurrences(of: "_", with: " ")
                var text = "\(name(firm.organisation)) \(relation) "
                    + (firm.viaProject.map { "\(name($0)) in \(name(firm.place))" } ?? name(firm.place))
                if let detail = firm.detail { text += " (\(style == .markdown ? md(detail) : detail))" }
                text += dates(since: firm.since, until: firm.until, status: firm.status)
                lines.append(bullet(text))
                lines += firm.sources.map { bullet("source: " + citation($0), level: 1) }
            }
        }
        if let neighbourhood = report.neighbourhood {
            lines += heading("Within \(neighbourhood.depth) steps: \(neighbourhood.reached.count - 1) entities, "
                + "\(neighbourhood.connections.count) connections" + (neighbourhood.isTruncated ? " (stopped at the limit)" : ""))
            for connection in neighbourhood.connections {
                var text = "\(name(connection.from)) —\(connection.relation)→ \(name(connection.to))"
                if let detail = connection.detail { text += " (\(detail))" }
                lines.append(bullet(text))
            }
        }
        // Each line is one line: whatever came from the data (a line break, an escape sequence, a
        // bidirectional override) is shown escaped, never obeyed by the terminal.
        lines = lines.map(TerminalText.escaped)
        if let width, style == .text {
            lines = lines.flatMap { TextWrap.paragraph($0, width: width, indent: TextWrap.hangingIndent(of: $0)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Pieces

    private func heading(_ title: String) -> [String] {
        switch style {
        case .text: return ["", title, String(repeating: "-", count: DisplayWidth.of(title))]
        case .markdown: return ["", "## \(md(title))", ""]
        }
    }

    private func bullet(_ text: String, level: Int = 0) -> String {
        switch style {
        case .text: return String(repeating: "    ", count: level) + (level == 0 ? "• " : "↳ ") + text
        case .markdown: return String(repeating: "  ", count: level) + "- " + text
        }
    }

    private func fact(_ label: String, _ value: String) -> String {
        style == .markdown ? "- **\(md(label))**: \(md(value))" : "\(label): \(value)"
    }

    private func name(_ entity: EntityRef) -> String {
        style == .markdown ? "**\(md(entity.name))** (\(entity.kind.rawValue))" : "\(entity.name) (\(entity.kind.rawValue))"
    }

    private func describe(_ link: EntityReport.Link) -> String {
        var text = link.isIncoming ? "\(name(link.other)) \(link.label) it" : "\(link.label) \(name(link.other))"
        var details: [String] = []
        if let detail = link.detail { details.append(style == .markdown ? md(detail) : detail) }
        if let share = link.sharePercent { details.append("\(number(share))%") }
        if let through = link.through { details.append("through \(name(through))") }
        if let forum = link.forum { details.append("at \(name(forum))") }
        if let quantity = link.quantity {
            details.append(number(quantity) + (link.unit.map { " \($0)" } ?? ""))
        }
        if let asOf = link.asOf { details.append("as of \(asOf)") }
        if !details.isEmpty { text += " — " + details.joined(separator: ", ") }
        text += dates(since: link.since, until: link.until, status: link.status)
        // Every source marks it inferred or uncertain: say so on the line itself, not only per source.
        if !link.sources.isEmpty, link.sources.allSatisfy(\.isUnsure) {
            text += " (" + Set(link.sources.compactMap(\.certainty)).sorted().joined(separator: " or ") + ")"
        }
        return text
    }

    /// 51 rather than 51.0; 12.5 as it is.
    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : SQLiteRealFormat.text(value)
    }

    private func dates(since: QualifiedDate?, until: QualifiedDate?, status: String) -> String {
        var parts: [String] = []
        if let since { parts.append("since \(since)") }
        if let until { parts.append("until \(until)") }
        if status != "active" { parts.append(status) }
        return parts.isEmpty ? "" : " [\(parts.joined(separator: "; "))]"
    }

    /// The source's title, then its publisher and date where the title does not already say them,
    /// how sure the fact is when not simply stated, the evidence, and the analyst's note apart.
    private func citation(_ source: SourceCitation) -> String {
        var text = style == .markdown ? "*\(md(source.label))*" : source.label
        let extra = [source.publisher, source.publishedOn].compactMap { $0 }.filter { !source.label.contains($0) }
        if !extra.isEmpty { text += " — " + md(extra.joined(separator: ", ")) }
        if source.isUnsure, let certainty = source.certainty { text += " [\(certainty)]" }
        if let evidence = source.evidence { text += ": “\(style == .markdown ? md(evidence) : evidence)”" }
        if let note = source.note { text += " (note: \(md(note)))" }
        return text
    }

    private func quote(_ quote: QuoteRow) -> [String] {
        var head: [String] = []
        if let saidOn = quote.saidOn {
            head.append(saidOn)
        } else if let published = quote.source.publishedOn {
            head.append("date not given, source published \(published)")
        }
        if let speaker = quote.speaker {
            head.append(speaker.name + (quote.speakerRole.map { ", \($0)" } ?? ""))
        } else if let organisation = quote.organisation {
            head.append(organisation.name)
        }
        if let printedIn = quote.printedIn { head.append("printed in \(printedIn)") }
        if let forum = quote.forum { head.append("at \(forum.name)") }
        var said = quote.form == "direct" ? "“\(quote.text)”" : "(paraphrase) \(quote.text)"
        if quote.isFragment == true { said += " (fragment)" }
        let text = (head.isEmpty ? "" : head.joined(separator: ", ") + ": ") + said
        var lines = [bullet(style == .markdown ? md(text) : text)]
        // How it was attributed, what it is about, and whose words it rewords: each as printed.
        var notes: [String] = []
        if let attribution = quote.attribution {
            notes.append("attributed \(attribution)ly" + (quote.attributionNote.map { ": \($0)" } ?? ""))
        } else if let note = quote.attributionNote {
            notes.append("attribution: \(note)")
        }
        if let certainty = quote.attributionCertainty, certainty != Certainty.stated.rawValue { notes.append("attribution \(certainty)") }
        if let about = quote.about { notes.append("about: \(about)") }
        if let original = quote.originalSource { notes.append("rewording of the quote as printed by \(original)") }
        lines += notes.map { bullet(style == .markdown ? md($0) : $0, level: 1) }
        lines.append(bullet("source: " + citation(quote.source), level: 1))
        return lines
    }

    /// Escapes the characters Markdown would read as formatting.
    private func md(_ text: String) -> String {
        guard style == .markdown else { return text }
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
