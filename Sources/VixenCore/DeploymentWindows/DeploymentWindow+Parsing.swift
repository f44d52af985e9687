import Foundation

/// A failure to read a window's text.
public enum WindowParseError: Error, Equatable, Sendable {
    /// Not three parts separated by spaces.
    case wrongShape(String)
    case invalidDays(String)
    case invalidHours(String)
    case unknownTimeZone(String)

    public var message: LocalizedText {
        switch self {
        case .wrongShape(let text): Catalog.deployWindowWrongShape(text)
        case .invalidDays(let text): Catalog.deployWindowInvalidDays(text)
        case .invalidHours(let text): Catalog.deployWindowInvalidHours(text)
        case .unknownTimeZone(let text): Catalog.deployWindowUnknownTimeZone(text)
        }
    }
}

extension DeploymentWindow {
    /// Reads a window written as `DAYS HH:MM-HH:MM ZONE`, such as `Mon-Thu 09:00-16:00 Europe/Madrid`.
    ///
    /// DAYS is a comma-separated list of English abbreviations (`Mon` to `Sun`, any case) and
    /// ranges of them. A range may wrap past Sunday, as `Fri-Mon` does. The hours are 24-hour
    /// times with the end after the start, and `24:00` may end a window. ZONE is an IANA name that
    /// this system's time zone data contains, or `UTC`.
    public init(parsing text: String) throws(WindowParseError) {
        let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count == 3 else {
            throw .wrongShape(text)
        }
        let days = try Self.parseDays(parts[0])
        let (start, end) = try Self.parseHours(parts[1])
        guard TimeZone(identifier: parts[2]) != nil else {
            throw .unknownTimeZone(parts[2])
        }
        self.init(days: days, start: start, end: end, timeZoneIdentifier: parts[2])
    }

    private static func parseDays(_ text: String) throws(WindowParseError) -> Set<Weekday> {
        var days: Set<Weekday> = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard bounds.count <= 2, let first = bounds.first.flatMap(Weekday.init(abbreviation:)) else {
                throw .invalidDays(text)
            }
            guard bounds.count == 2 else {
                days.insert(first)
                continue
            }
            guard let last = Weekday(abbreviation: bounds[1]) else {
                throw .invalidDays(text)
            }
            var day = first
            days.insert(day)
            while day != last {
                day = day.next
                days.insert(day)
            }
        }
        return days
    }

    private static func parseHours(_ text: String) throws(WindowParseError) -> (Int, Int) {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let start = minutes(bounds[0]), let end = minutes(bounds[1]), start < end,
            start < 24 * 60
        else {
            throw .invalidHours(text)
        }
        return (start, end)
    }

    /// Reads `HH:MM` with two-digit hours 00 to 24 and minutes 00 to 59, where 24 allows only `24:00`.
    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours), (0...59).contains(minutes)
        else {
            return nil
        }
        guard hours < 24 || minutes == 0 else {
            return nil
        }
        return hours * 60 + minutes
    }
}
