/// Parses durations written as a whole number and a unit, such as `500ms`, `30s`, `15m` or `2h`.
///
/// A space may separate the number from the unit, and units are case-insensitive. A number without
/// a unit is rejected, because `30` could mean seconds or minutes.
public enum DurationParser {
    public enum Failure: Error, Sendable, Equatable {
        /// The text is not a whole number followed by `ms`, `s`, `m` or `h`.
        case invalid
        /// The duration is longer than a week, which no timeout or interval here needs.
        case tooLong
    }

    /// The longest duration accepted, so that a typo such as `30h` for `30s` stands out.
    public static let maximum = Duration.seconds(7 * 24 * 3600)

    private static let millisecondsPerUnit: [String: Int64] = [
        "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000,
    ]

    /// Returns the duration, which may be zero; callers check the range they need.
    public static func duration(from text: String) throws(Failure) -> Duration {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let unit = trimmed.dropFirst(digits.count).trimmingWhitespace().lowercased()
        guard !digits.isEmpty, let scale = millisecondsPerUnit[unit] else {
            throw .invalid
        }
        // Digits beyond Int64 are longer than the maximum anyway.
        guard let count = Int64(digits) else {
            throw .tooLong
        }
        let (milliseconds, overflow) = count.multipliedReportingOverflow(by: scale)
        guard !overflow, Duration.milliseconds(milliseconds) <= maximum else {
            throw .tooLong
        }
        return .milliseconds(milliseconds)
    }

    /// Formats a duration the way the parser reads it, in the largest unit that divides it exactly.
    public static func text(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        for (unit, scale) in [("h", Int64(3_600_000)), ("m", 60_000), ("s", 1000)]
        where milliseconds != 0 && milliseconds % scale == 0 {
            return "\(milliseconds / scale)\(unit)"
        }
        return "\(milliseconds)ms"
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> Substring {
        var result = Substring(self).drop(while: \.isWhitespace)
        while let last = result.last, last.isWhitespace {
            result = result.dropLast()
        }
        return result
    }
}
