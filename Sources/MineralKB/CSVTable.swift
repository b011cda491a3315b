/// A CSV text (RFC 4180: commas, double quotes doubled inside quoted fields, CRLF or LF line ends,
/// line breaks inside quoted fields) read into records, each with the row number a spreadsheet shows.
struct CSVTable {
    struct Record {
        /// 1 for the header, 2 for the first data row.
        var row: Int
        var fields: [String]
    }

    var records: [Record] = []

    /// Why the text is not CSV, with the row where it went wrong.
    struct Malformed: Error {
        var row: Int
        var message: String
    }

    init(_ text: String) throws {
        var field = ""
        var fields: [String] = []
        var row = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return scalars.next()
        }
        func endRecord() {
            fields.append(field)
            // A blank line is no record (a trailing newline, or spacing between blocks).
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) { records.append(Record(row: row, fields: fields)) }
            fields = []
            field = ""
            fieldWasQuoted = false
            row += 1
        }
        var sawAnything = false
        while let scalar = next() {
            sawAnything = true
            if inQuotes {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = following }
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !fieldWasQuoted else {
                    throw Malformed(row: row, message: "a double quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                }
                inQuotes = true
                fieldWasQuoted = true
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\r":
                if let following = next(), following != "\n" { pending = following }
                endRecord()
            case "\n":
                endRecord()
            default:
                if fieldWasQuoted { throw Malformed(row: row, message: "text after the closing quote of a field") }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw Malformed(row: row, message: "a quoted field is not closed before the end of the file") }
        if sawAnything && !(field.isEmpty && fields.isEmpty && !fieldWasQuoted) { endRecord() }
    }
}
