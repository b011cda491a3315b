import MineralKB

/// Names and aliases of every kind, best match first.
public enum SearchPage {
    /// The page's body; `matches` nil before a search.
    public static func body(query: String?, kind: EntityKind?, matches: [NameMatch]?, linkBase: String?) -> String {
        var w = HTMLWriter(linkBase: linkBase)
        w.element("h1", "Search names and aliases")
        w.raw("<form class=\"filters\" method=\"get\" action=\"")
        w.text((linkBase ?? "") + "/search")
        w.raw("\">")
        FirmsPage.input(&w, "q", "Name, part of a name, or a misspelling", query, placeholder: "Jiaozuo")
        w.raw("<label>Kind<select name=\"kind\"><option value=\"\">any</option>")
        for option in EntityKind.allCases {
            w.raw("<option\(option == kind ? " selected" : "")>\(option.rawValue)</option>")
        }
        w.raw("</select></label><button>Search</button></form>")
        guard let matches else { return w.html }
        if matches.isEmpty {
            w.element("p", "Nothing found.", class: "muted")
            return w.html
        }
        w.raw("<table>")
        w.headerRow(["name", "kind", "id", "description", "matched"])
        for match in matches {
            w.raw("<tr><td>"); w.entity(match.entity); w.raw("</td>")
            w.element("td", match.entity.kind.rawValue)
            w.element("td", "#\(match.entity.id)")
            w.element("td", match.context ?? "")
            w.element("td", match.matchedName, class: "muted")
            w.raw("</tr>")
        }
        w.raw("</table>")
        return w.html
    }
}
