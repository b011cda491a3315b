/// The frame around every page: head with inline style, a header with the search box, the body.
public enum PageLayout {
    /// A whole HTML document; `body` is markup built with `HTMLWriter`.
    /// `jsonTwin` is the path of the page's JSON form, linked from the footer.
    public static func document(title: String, body: String, linkBase: String?, jsonTwin: String? = nil) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        page += "<title>" + HTMLEscaping.text(title) + " · MineralKB</title>"
        page += "<style>" + style + "</style></head><body>"
        if let linkBase {
            page += "<header><a class=\"home\" href=\"" + HTMLEscaping.text(linkBase + "/") + "\">MineralKB</a>"
            page += "<form action=\"" + HTMLEscaping.text(linkBase + "/search") + "\" method=\"get\" role=\"search\">"
            page += "<input type=\"search\" name=\"q\" placeholder=\"Search names and aliases\" aria-label=\"Search names and aliases\">"
            page += "<button>Search</button></form><nav>"
            for (path, label) in [("/firms", "Firms"), ("/quotes", "Quotes"), ("/path", "Path"), ("/sql", "SQL")] {
                page += "<a href=\"" + HTMLEscaping.text(linkBase + path) + "\">" + label + "</a>"
            }
            page += "</nav></header>"
        }
        page += "<main>" + body + "</main>"
        if let jsonTwin, let linkBase {
            page += "<footer>This page as <a href=\"" + HTMLEscaping.text(linkBase + jsonTwin) + "\">JSON</a>. Read-only.</footer>"
        }
        page += "</body></html>\n"
        return page
    }

    /// Kept small and inline, so a saved page (and `mkb report --format html`) stands alone.
    static let style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;color:#1d232b;background:#fbfbfa}
        header{display:flex;gap:1em;align-items:center;flex-wrap:wrap;padding:.6em 1.2em;background:#23303d;color:#fff}
        header a{color:#fff;text-decoration:none}header a.home{font-weight:700;font-size:1.1em}
        header nav a{margin-right:1em}header form{display:flex;gap:.3em}header input{width:18em;padding:.25em .4em}
        main{max-width:72em;margin:0 auto;padding:1em 1.2em 3em}footer{max-width:72em;margin:0 auto;padding:0 1.2em 2em;color:#666;font-size:.9em}
        h1{font-size:1.6em;margin:.3em 0}h1 small{font-size:.55em;color:#667;font-weight:400}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
        table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{text-align:left;vertical-align:top;padding:.3em .6em;border-bottom:1px solid #e4e4e4}
        th{background:#f0f1f3;font-weight:600}td.num{text-align:right}
        a{color:#0b5cad}a.k-organisation::before{content:"▭ "}a.k-person::before{content:"● "}a.k-place::before{content:"⌂ "}
        a.k-mineral::before{content:"◆ "}a.k-forum::before{content:"⯃ "}a.k-project::before{content:"⚒ "}
        .src{color:#555;font-size:.88em}.evidence{color:#555;font-style:italic}.muted{color:#777}.error{background:#fdecea;border:1px solid #e0a5a0;padding:.6em 1em}
        blockquote{margin:.6em 0;padding:.4em .9em;border-left:3px solid #9bb0c4;background:#f4f6f8}
        mark{background:#ffe58a;padding:0 .1em}
        form.filters{display:flex;flex-wrap:wrap;gap:.6em 1em;align-items:end;margin:.6em 0}form.filters label{display:flex;flex-direction:column;font-size:.85em}
        textarea{width:100%;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace}
        .picture{overflow:auto;max-height:42em;border:1px solid #ddd;background:#fff;padding:.4em}.legend{font-size:.88em;color:#444}
        .legend span{margin-right:1.2em}ul.facts{padding-left:1.2em}dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.facts dt{color:#555}
        """
}
