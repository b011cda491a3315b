import MineralKB

/// One source: what it is, and every entity, link and quote it backs.
public enum SourcePage {
    /// The page's body.
    public static func body(_ source: SourceReport, linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        w.raw("<h1>")
        w.text(source.label)
        w.raw(" <small>")
        w.text("\(source.sourceType) #\(source.id)")
        w.raw("</small></h1><dl class=\"facts\">")
        if let title = source.title { w.element("dt", "title"); w.element("dd", title) }
        if let publisher = source.publisher { w.element("dt", "publisher"); w.raw("<dd>"); w.entity(publisher); w.raw("</dd>") }
        if let via = source.via { w.element("dt", "via"); w.raw("<dd>"); w.entity(via); w.raw("</dd>") }
        if let date = source.publishedOn { w.element("dt", "published"); w.element("dd", date) }
        if let dateline = source.dateline { w.element("dt", "dateline"); w.raw("<dd>"); w.entity(dateline); w.raw("</dd>") }
        if let url = source.url { w.element("dt", "URL"); w.raw("<dd>"); w.externalURL(url); w.raw("</dd>") }
        if let reference = source.reference { w.element("dt", "reference"); w.element("dd", reference) }
        w.raw("</dl>")
        if !source.quotes.isEmpty {
            w.element("h2", "Quotes (\(source.quotes.count))")
            for quote in source.quotes { QuotesPage.quote(&w, quote, highlight: [], showSpeaker: true) }
        }
        if !source.facts.isEmpty {
            w.element("h2", "Links it reports (\(source.facts.count))")
            w.raw("<table>")
            w.headerRow(["from", "link", "to", "particulars", "evidence"])
            for fact in source.facts {
                w.raw("<tr><td>"); w.entity(fact.from); w.raw("</td>")
                w.element("td", fact.label)
                w.raw("<td>"); w.entity(fact.to); w.raw("</td>")
                w.element("td", LinkWording.particulars(fact).joined(separator: " · "))
                w.element("td", fact.evidence ?? "", class: "evidence")
                w.raw("</tr>")
            }
            w.raw("</table>")
        }
        if !source.entities.isEmpty {
            w.element("h2", "Entities it reports (\(source.entities.count))")
            w.raw("<ul>")
            for mention in source.entities {
                w.raw("<li>")
                w.entity(mention.entity)
                w.text(" (\(mention.entity.kind.rawValue))")
                if let evidence = mention.evidence { w.raw(" <span class=\"evidence\">“"); w.text(evidence); w.raw("”</span>") }
                w.raw("</li>")
            }
            w.raw("</ul>")
        }
        return w.html
    }
}
