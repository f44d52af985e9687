/// Parses durations written as whole numbers with units, such as `30m`, `24h` or `1h30m`.
///
/// Units: `s` seconds, `m` minutes, `h` hours, `d` days, lower case. Parts may come in any order
/// and add up, with or without spaces between them. A number without a unit is rejected, because
/// seconds and minutes are both plausible readings of it.
public enum DurationParser {
    private static let unitSeconds: [Character: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
    /// The largest value accepted, 100 years in seconds: far past any wait, and small enough that no
    /// sum of parts overflows a 64-bit `Int`.
    private static let limit = 100 * 365 * 86400

    /// Returns the duration in seconds, or nil when the text is not a duration or exceeds 100 years.
    public static func seconds(from text: String) -> Int? {
        var total = 0
        var number = ""
        var parts = 0
        for character in text where !character.isWhitespace {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            // Twelve digits of days stay below 2^63 seconds, so the product cannot overflow.
            guard let unit = unitSeconds[character], !number.isEmpty, number.count <= 12, let value = Int(number) else {
                return nil
            }
            total += value * unit
            guard total <= limit else {
                return nil
            }
            number = ""
            parts += 1
        }
        guard number.isEmpty, parts > 0 else {
            return nil
        }
        return total
    }
}
