/// Parses durations written as whole numbers with units, such as `500ms`, `30s`, `24h` or `1h30m`.
///
/// Units are `ms`, `s`, `m`, `h` and `d`, in any case. Parts may come in any order and add up, with
/// or without spaces between them. A number without a unit is rejected, because seconds and
/// minutes are both plausible readings of it.
public enum DurationParser {
    public enum Failure: Error, Sendable, Equatable {
        /// The text is not a sequence of whole numbers, each followed by a unit.
        case invalid
        /// The duration is longer than the caller's maximum.
        case tooLong
    }

    /// The longest duration any setting accepts, 100 years: far past any wait, and small enough
    /// that no sum of parts overflows.
    public static let limit = Duration.seconds(100 * 365 * 86400)

    private static let millisecondsPerUnit: [String: Int64] = [
        "ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000,
    ]

    /// Returns the duration, which may be zero; callers check the lower bound they need.
    public static func duration(from text: String, maximum: Duration = limit) throws(Failure) -> Duration {
        let limitMilliseconds = milliseconds(of: min(maximum, limit))
        var total: Int64 = 0
        var rest = Substring(text).drop(while: \.isWhitespace)
        guard !rest.isEmpty else {
            throw .invalid
        }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count).drop(while: \.isWhitespace)
            let unit = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(unit.count).drop(while: \.isWhitespace)
            guard !digits.isEmpty, let scale = millisecondsPerUnit[unit.lowercased()] else {
                throw .invalid
            }
            // Digits beyond Int64 are longer than any maximum anyway.
            guard let count = Int64(digits) else {
                throw .tooLong
            }
            let (part, overflow) = count.multipliedReportingOverflow(by: scale)
            guard !overflow, part <= limitMilliseconds - total else {
                throw .tooLong
            }
            total += part
        }
        return .milliseconds(total)
    }

    /// Returns the duration in whole seconds, or nil when the text is not a duration, exceeds
    /// ``limit`` or is not a whole number of seconds.
    public static func seconds(from text: String) -> Int? {
        guard let duration = try? duration(from: text) else {
            return nil
        }
        let total = milliseconds(of: duration)
        return total % 1000 == 0 ? Int(total / 1000) : nil
    }

    /// Formats a duration the way the parser reads it, in the largest unit that divides it exactly.
    public static func text(_ duration: Duration) -> String {
        let total = milliseconds(of: duration)
        for (unit, scale) in [("h", Int64(3_600_000)), ("m", 60_000), ("s", 1000)]
        where total != 0 && total % scale == 0 {
            return "\(total / scale)\(unit)"
        }
        return "\(total)ms"
    }

    private static func milliseconds(of duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}
