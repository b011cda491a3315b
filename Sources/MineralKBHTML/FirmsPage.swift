import MineralKB

/// The firms active in a place, with the filters of `mkb firms`, one page of rows at a time.
public enum FirmsPage {
    /// What the form holds: the place and the filters as typed.
    public struct Form: Sendable {
        /// The place, by name, alias or #ID.
        public var place: String?
        /// Firms from this country or region.
        public var from: String?
        /// Firms linked to this mineral.
        public var mineral: String?
        /// `active`, `former`, `planned` or `any`.
        public var status: String
        /// Presences holding on this date.
        public var asOf: String?
        /// Presence relations, comma-separated.
        public var presence: String?

        /// A form with these values.
        public init(place: String?, from: String?, mineral: String?, status: String, asOf: String?, presence: String?) {
            self.place = place
            self.from = from
            self.mineral = mineral
            self.status = status
            self.asOf = asOf
            self.presence = presence
        }

        /// The form as query fields, defaults left out.
        public var queryItems: [(String, String?)] {
            [("in", place), ("from", from), ("mineral", mineral), ("status", status == "active" ? nil : status),
             ("as_of", asOf), ("presence", presence)]
        }
    }

    /// The page: the form, then the rows of page `page` (from 1), with links to the pages around it.
    public static func body(form: Form, rows: ArraySlice<FirmPresence>?, page: Int, hasNext: Bool, placeName: String?, linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        w.element("h1", placeName.map { "Firms active in \($0)" } ?? "Firms active in a place")
        w.raw("<form class=\"filters\" method=\"get\" action=\"")
        w.text((linkBase ?? "") + "/firms")
        w.raw("\">")
        input(&w, "in", "Place", form.place, placeholder: "Pakistan")
        input(&w, "from", "From (country)", form.from, placeholder: "China")
        input(&w, "mineral", "Mineral", form.mineral, placeholder: "copper")
        w.raw("<label>Status<select name=\"status\">")
        for status in ["active", "former", "planned", "any"] {
            w.raw("<option\(status == form.status ? " selected" : "")>\(status)</option>")
        }
        w.raw("</select></label>")
        input(&w, "as_of", "As of (YYYY[-MM[-DD]])", form.asOf, placeholder: "2026")
        input(&w, "presence", "Presence (comma-separated)", form.presence, placeholder: "has_office_in")
        w.raw("<button>Show</button></form>")
        guard let rows else { return w.html }
        if rows.isEmpty {
            w.element("p", page > 1 ? "No more firms." : "No firm matches.", class: "muted")
        } else {
            table(&w, rows)
        }
        w.raw("<p>")
        if page > 1 { w.link("/firms", query: form.queryItems + [("page", String(page - 1))], "← previous page") }
        w.text(" page \(page) ")
        if hasNext { w.link("/firms", query: form.queryItems + [("page", String(page + 1))], "next page →") }
        w.raw("</p>")
        return w.html
    }

    static func input(_ w: inout HTMLWriter, _ name: String, _ label: String, _ value: String?, placeholder: String) {
        w.raw("<label>")
        w.text(label)
        w.raw("<input name=\"\(name)\" placeholder=\"")
        w.text(placeholder)
        w.raw("\" value=\"")
        w.text(value ?? "")
        w.raw("\"></label>")
    }

    static func table<Rows: Sequence>(_ w: inout HTMLWriter, _ rows: Rows) where Rows.Element == FirmPresence {
        w.raw("<table>")
        w.headerRow(["organisation", "type", "from", "presence", "place", "since", "until", "status", "sources"])
        for row in rows {
            w.raw("<tr><td>")
            w.entity(row.organisation)
            w.raw("</td>")
            w.element("td", row.organisationType)
            w.element("td", row.origins.joined(separator: ", "))
            w.element("td", row.presence.replacingOccurrences(of: "_", with: " ") + (row.detail.map { " (\($0))" } ?? ""))
            w.raw("<td>")
            w.entity(row.place)
            w.raw("</td>")
            w.element("td", row.since?.description ?? "")
            w.element("td", row.until?.description ?? "")
            w.element("td", row.status)
            w.raw("<td>")
            EntityPage.citations(&w, row.sources)
            w.raw("</td></tr>")
        }
        w.raw("</table>")
    }
}
