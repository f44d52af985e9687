/// Parses sizes written as a number of bytes or a number with a unit, such as `1 MiB`.
///
/// Units: `B`; `KB`, `MB` and `GB` in powers of 1000; `KiB`, `MiB` and `GiB` in powers of
/// 1024. Units are case-insensitive and may follow the number with or without a space.
/// The number may have a sign and a decimal fraction (`1.5 MiB`). The result is rounded
/// toward zero to whole bytes, and digits past the ninth after the point are ignored.
public enum ByteSizeParser {
    public enum Failure: Error, Sendable, Equatable {
        /// The text is not a number with an optional known unit.
        case invalid
        /// The size does not fit in 64 bits.
        case tooLarge
    }

    private static let multipliers: [String: Int64] = [
        "": 1, "b": 1,
        "kb": 1000, "mb": 1_000_000, "gb": 1_000_000_000,
        "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
    ]

    /// Returns the size in bytes, which may be zero or negative; callers check the range.
    public static func bytes(from text: String) throws(Failure) -> Int64 {
        var rest = trimmed(Substring(text))

        var sign: Int64 = 1
        if let first = rest.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }

        let integerDigits = rest.prefix { $0.isASCII && $0.isNumber }
        rest = rest.dropFirst(integerDigits.count)
        var fractionDigits: Substring = ""
        if rest.first == "." {
            fractionDigits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(1 + fractionDigits.count)
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else {
            throw .invalid
        }

        let unit = trimmed(rest).lowercased()
        guard let multiplier = multipliers[unit] else {
            throw .invalid
        }

        // Exact integer arithmetic: the whole part times the unit, plus the fraction's share.
        guard let whole = Int64(integerDigits.isEmpty ? "0" : String(integerDigits)) else {
            throw .tooLarge
        }
        let (wholeBytes, overflow) = whole.multipliedReportingOverflow(by: multiplier)
        guard !overflow else {
            throw .tooLarge
        }
        // Nine digits keep fraction × multiplier below 10^9 × 2^30, well inside Int64.
        let keptFraction = fractionDigits.prefix(9)
        let fraction = Int64(keptFraction) ?? 0
        var scale: Int64 = 1
        for _ in keptFraction {
            scale *= 10
        }
        let (total, sumOverflow) = wholeBytes.addingReportingOverflow(fraction * multiplier / scale)
        guard !sumOverflow else {
            throw .tooLarge
        }
        return sign * total
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var result = text.drop(while: \.isWhitespace)
        while let last = result.last, last.isWhitespace {
            result = result.dropLast()
        }
        return result
    }
}
