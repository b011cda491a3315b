import MineralKB

/// The front page: what the base holds, a search box, the latest sources.
public enum HomePage {
    /// The page's body.
    public static func body(counts: [TableCount], latest: [SourceCitation], linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        w.element("h1", "MineralKB")
        w.element("p", "Who is active where in the mineral sector, who met whom, who said what — every fact with its source.")
        w.raw("<form class=\"filters\" method=\"get\" action=\"")
        w.text((linkBase ?? "") + "/search")
        w.raw("\">")
        FirmsPage.input(&w, "q", "Find a firm, person, place, mineral, forum or project", nil, placeholder: "Pakistan")
        w.raw("<button>Search</button></form>")
        w.element("h2", "In the base")
        w.raw("<table>")
        w.headerRow(["table", "rows"])
        for count in counts {
            w.raw("<tr>")
            w.element("td", count.table)
            w.element("td", String(count.rows), class: "num")
            w.raw("</tr>")
        }
        w.raw("</table>")
        w.element("h2", "Latest sources")
        if latest.isEmpty { w.element("p", "No source yet: import documents with mkb import.", class: "muted") }
        w.raw("<ul>")
        for source in latest {
            w.raw("<li>")
            w.source(source)
            if let date = source.publishedOn { w.text(" (\(date))") }
            w.raw("</li>")
        }
        w.raw("</ul>")
        return w.html
    }
}
