/// Formats reals exactly as SQLite's own printf does, so that `mkb` prints a value the way the
/// `sqlite3` shell prints it: `%!.15g` when SQLite turns a real into text, `%!.20g` in `-json` mode.
///
/// A port of the `etGENERIC` branch of SQLite's `sqlite3_str_vappendf` (3.40), which converts with
/// `long double` arithmetic and stops at 16 significant digits (26 with the `!` flag), padding with
/// zeros: so `0.1` prints as `0.10000000000000000555`, not as C's `%.20g` would. The `!` flag keeps
/// a `.0` on whole numbers (`100.0`, `1.0e+20`). Checked against the installed sqlite3 by the tests.
enum SQLiteRealFormat {
    #if arch(x86_64) || arch(i386)
    /// C's `long double` on this platform.
    typealias LongDouble = Float80
    #else
    typealias LongDouble = Double
    #endif

    /// `%!.15g`: what `CAST(x AS TEXT)` and the shell's text modes print.
    static func text(_ value: Double) -> String { format(value, significantDigits: 15) }

    /// What `sqlite3 -json` prints for a real: `%!.20g`, with infinities as `1e999` and `-1e999`.
    static func json(_ value: Double) -> String {
        if value.isInfinite { return value < 0 ? "-1e999" : "1e999" }
        return format(value, significantDigits: 20)
    }

    /// SQLite's `%!.Ng`.
    static func format(_ value: Double, significantDigits: Int) -> String {
        if value.isNaN { return "NaN" }
        var real = LongDouble(value)
        var out = ""
        if real < 0 {
            real = -real
            out = "-"
        }
        var precision = max(0, significantDigits)
        if precision > 0 { precision -= 1 }
        // The rounding term, built from C doubles as SQLite builds it (arRound[], then 1e-10 steps).
        let roundingTable: [Double] = [5.0e-01, 5.0e-02, 5.0e-03, 5.0e-04, 5.0e-05, 5.0e-06, 5.0e-07, 5.0e-08, 5.0e-09, 5.0e-10]
        var index = precision & 0xfff
        var rounder = LongDouble(roundingTable[index % 10])
        while index >= 10 {
            rounder *= LongDouble(1.0e-10 as Double)
            index -= 10
        }
        // Normalise to 1 <= real < 10, counting the decimal exponent.
        var exponent = 0
        if real > 0 {
            var scale: LongDouble = 1
            while real >= LongDouble(1e100 as Double) * scale && exponent <= 350 { scale *= LongDouble(1e100 as Double); exponent += 100 }
            while real >= LongDouble(1e10 as Double) * scale && exponent <= 350 { scale *= LongDouble(1e10 as Double); exponent += 10 }
            while real >= 10 * scale && exponent <= 350 { scale *= 10; exponent += 1 }
            real /= scale
            while real < LongDouble(1e-8 as Double) { real *= LongDouble(1e8 as Double); exponent -= 8 }
            while real < 1 { real *= 10; exponent -= 1 }
            if exponent > 350 { return out + "Inf" }
        }
        real += rounder
        if real >= 10 {
            real *= LongDouble(0.1 as Double)
            exponent += 1
        }
        let isExponential = exponent < -4 || exponent > precision
        if !isExponential { precision -= exponent }
        var digitsBeforePoint = isExponential ? 0 : exponent
        var significantLeft = 26  // 16 + 10 for the "!" flag
        func nextDigit() -> Character {
            guard significantLeft > 0 else { return "0" }
            significantLeft -= 1
            let digit = Int(real)
            real = (real - LongDouble(digit)) * 10
            return Character(Unicode.Scalar(UInt8(48 + digit)))
        }
        if digitsBeforePoint < 0 {
            out.append("0")
        } else {
            while digitsBeforePoint >= 0 {
                out.append(nextDigit())
                digitsBeforePoint -= 1
            }
        }
        out.append(".")
        digitsBeforePoint += 1
        while digitsBeforePoint < 0 {
            out.append("0")
            precision -= 1
            digitsBeforePoint += 1
        }
        while precision > 0 {
            out.append(nextDigit())
            precision -= 1
        }
        // Trailing zeros go, but the "!" flag keeps one digit after the point.
        while out.last == "0" { out.removeLast() }
        if out.last == "." { out.append("0") }
        if isExponential {
            out.append("e")
            var magnitude = exponent
            if magnitude < 0 {
                out.append("-")
                magnitude = -magnitude
            } else {
                out.append("+")
            }
            if magnitude >= 100 {
                out.append(String(magnitude / 100))
                magnitude %= 100
            }
            out.append(String(magnitude / 10))
            out.append(String(magnitude % 10))
        }
        return out
    }
}
