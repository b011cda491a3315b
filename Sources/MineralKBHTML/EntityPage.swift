import MineralKB

/// The page of one entity: the relationship report with every fact and its sources, the names
/// linked to their pages, aliases, quotes, and the neighbourhood as a picture.
public enum EntityPage {
    /// The most rows one list shows (a country can hold thousands of firms: the firms page pages them).
    public static let rowsPerList = 200

    /// The page's body; a whole document with `document(_:picture:linkBase:)`.
    public static func body(_ report: EntityReport, picture: EntityPicture, linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        let entity = report.entity
        w.raw("<h1>")
        w.text(entity.name)
        w.raw(" <small>")
        w.text("\(entity.kind.rawValue) #\(entity.id)")
        w.raw("</small></h1>")
        if let description = report.description { w.element("p", description) }
        if !report.facts.isEmpty || !report.aliases.isEmpty {
            w.raw("<dl class=\"facts\">")
            for fact in report.facts {
                w.element("dt", fact.label)
                w.element("dd", fact.value)
            }
            if !report.aliases.isEmpty {
                w.element("dt", "also known as")
                w.element("dd", report.aliases.joined(separator: " · "))
            }
            w.raw("</dl>")
        }
        pictureSection(&w, picture: picture)
        for group in report.linkGroups {
            w.element("h2", heading(group.category))
            w.raw("<table>")
            w.headerRow(["link", "particulars", "sources"])
            for link in group.links.prefix(rowsPerList) {
                w.raw("<tr><td>")
                if link.isIncoming {
                    w.entity(link.other)
                    w.text(" \(link.label) this")
                } else {
                    w.text("\(link.label) ")
                    w.entity(link.other)
                }
                w.raw("</td><td>")
                w.text(LinkWording.particulars(link).joined(separator: " · "))
                w.raw("</td><td>")
                citations(&w, link.sources)
                w.raw("</td></tr>")
            }
            w.raw("</table>")
            more(&w, shown: min(group.links.count, rowsPerList), of: group.links.count, what: "links")
        }
        if !report.forums.isEmpty {
            w.element("h2", "Forums")
            w.raw("<ul>")
            for forum in report.forums {
                w.raw("<li>")
                w.entity(forum.forum)
                w.text(" — \(forum.role.replacingOccurrences(of: "_", with: " "))")
                if let through = forum.through { w.text(" (\(through))") }
                w.raw("</li>")
            }
            w.raw("</ul>")
        }
        if !report.quotesBy.isEmpty {
            w.element("h2", entity.kind == .person ? "What \(entity.name) said" : "Said on behalf of \(entity.name)")
            quoteList(&w, report.quotesBy.prefix(rowsPerList), showSpeaker: entity.kind != .person)
            let filter = entity.kind == .person ? "speaker" : "organisation"
            w.raw("<p>")
            w.link("/quotes", query: [(filter, "#\(entity.id)")], "All quotes \(entity.kind == .person ? "by" : "on behalf of") \(entity.name)")
            w.raw("</p>")
        }
        if !report.quotesAbout.isEmpty {
            w.element("h2", "Quotes that mention \(entity.name)")
            quoteList(&w, report.quotesAbout.prefix(rowsPerList), showSpeaker: true)
            more(&w, shown: min(report.quotesAbout.count, rowsPerList), of: report.quotesAbout.count, what: "quotes")
        }
        if entity.kind == .place {
            w.element("h2", "Firms active in \(entity.name)")
            if report.firmsWithin.isEmpty {
                w.element("p", "None recorded.", class: "muted")
            } else {
                FirmsPage.table(&w, report.firmsWithin.prefix(rowsPerList))
            }
            w.raw("<p>")
            w.link("/firms", query: [("in", "#\(entity.id)")], "Firms in \(entity.name), with filters")
            w.raw("</p>")
        }
        if !report.sources.isEmpty {
            w.element("h2", "Sources that report \(entity.name)")
            w.raw("<ul>")
            for source in report.sources {
                w.raw("<li>")
                citations(&w, [source])
                w.raw("</li>")
            }
            w.raw("</ul>")
        }
        if linkBase != nil {
            w.raw("<p class=\"muted\">")
            w.link("/path", query: [("from", "#\(entity.id)")], "Find the path from \(entity.name) to …")
            w.raw("</p>")
        }
        return w.html
    }

    /// The entity page as a whole document.
    public static func document(_ report: EntityReport, picture: EntityPicture, linkBase: String?) -> String {
        PageLayout.document(title: report.entity.name, body: body(report, picture: picture, linkBase: linkBase),
                            linkBase: linkBase, jsonTwin: "/entity/\(report.entity.id).json")
    }

    static func pictureSection(_ w: inout HTMLWriter, picture: EntityPicture) {
        w.element("h2", "Connections")
        switch picture {
        case .inline(let svg):
            // The SVG comes from Graphviz, which escapes every label it was given (see NeighbourhoodGraph).
            w.raw("<div class=\"picture\">" + svg + "</div>")
        case .linked(let path):
            if let base = w.linkBase {
                let url = HTMLEscaping.text(base + path)
                w.raw("<div class=\"picture\"><object type=\"image/svg+xml\" data=\"\(url)\">")
                w.raw("<a href=\"\(url)\">The picture of connections (SVG)</a></object></div>")
            }
        case .unavailable(let reason):
            w.element("p", reason, class: "muted")
        }
        if case .unavailable = picture { return }
        w.raw("<p class=\"legend\">")
        for kind in EntityKind.allCases {
            w.raw("<span>")
            w.text("\(NeighbourhoodGraph.shapeName(kind)): \(kind.rawValue)")
            w.raw("</span>")
        }
        w.raw("<span>solid arrow: a link, labelled with its particulars; dashed: part of a place</span></p>")
    }

    static func quoteList<Quotes: Sequence>(_ w: inout HTMLWriter, _ quotes: Quotes, showSpeaker: Bool) where Quotes.Element == QuoteRow {
        for quote in quotes {
            QuotesPage.quote(&w, quote, highlight: [], showSpeaker: showSpeaker)
        }
    }

    static func citations(_ w: inout HTMLWriter, _ sources: [SourceCitation]) {
        for (index, source) in sources.enumerated() {
            if index > 0 { w.raw("<br>") }
            w.raw("<span class=\"src\">")
            w.source(source)
            if let date = source.publishedOn { w.text(", \(date)") }
            w.raw("</span>")
            if let evidence = source.evidence {
                w.raw(" <span class=\"evidence\">“")
                w.text(evidence)
                w.raw("”</span>")
            }
        }
    }

    static func more(_ w: inout HTMLWriter, shown: Int, of total: Int, what: String) {
        if total > shown { w.element("p", "Showing \(shown) of \(total) \(what); the JSON form has them all.", class: "muted") }
    }

    static func heading(_ category: String) -> String {
        switch category {
        case "hierarchy": return "Part of, and parts"
        default: return category.prefix(1).uppercased() + category.dropFirst().replacingOccurrences(of: "_", with: " ")
        }
    }
}
