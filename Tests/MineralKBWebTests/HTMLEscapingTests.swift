import MineralKBHTML
import Testing

/// `HTMLEscaping.text` works on UTF-8 bytes (for speed): it must change exactly what the rule says,
/// scalar by scalar, and leave every other character as it was.
@Suite struct HTMLEscapingTests {
    /// The rule, written over Unicode scalars: what the byte-level version must agree with.
    static func reference(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                if isControl { result += "\u{FFFD}" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    @Test func escapesMarkupAndReplacesControls() {
        #expect(HTMLEscaping.text("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        #expect(HTMLEscaping.text("a\u{0}b\u{7}c\u{7F}d\u{85}e\u{9F}f\u{FFFE}g\u{FFFF}h") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h")
        #expect(HTMLEscaping.text("line\tone\r\nline two") == "line\tone\r\nline two")
    }

    @Test func leavesOtherCharactersAsTheyAre() {
        // Neighbours of the replaced ranges in UTF-8 (C2 A0..BF, EF BF BD, EF BC..), and other scripts.
        let plain = "Jiaozuo Creation · © « » \u{A0}\u{BF} \u{FFFD}\u{FFFC}\u{FF01}\u{F900} 焦作 Ürümqi Zürich \u{FEFF} 🚜 e\u{301}"
        #expect(HTMLEscaping.text(plain) == plain)
        #expect(HTMLEscaping.text("") == "")
    }

    @Test func agreesWithTheRuleOnEveryScalarNearTheEdges() {
        var scalars: [Unicode.Scalar] = []
        for value in Array(0...0x2FF) + Array(0xEFF0...0xF010) + Array(0xFEF0...0xFFFF) + [0x1F69C, 0x10FFFF] {
            if let scalar = Unicode.Scalar(UInt32(value)) { scalars.append(scalar) }
        }
        for scalar in scalars {
            let text = "a" + String(Character(scalar)) + "b"
            #expect(HTMLEscaping.text(text) == HTMLEscapingTests.reference(text), "U+\(String(scalar.value, radix: 16))")
        }
        // All of them in one string, as one name might hold them.
        var all = ""
        all.unicodeScalars.append(contentsOf: scalars)
        #expect(HTMLEscaping.text(all) == HTMLEscapingTests.reference(all))
    }
}
