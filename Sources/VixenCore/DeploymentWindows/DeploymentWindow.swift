import Foundation

/// Days of the week and a span of hours in an IANA time zone when production deployments may
/// start, such as `Mon-Thu 09:00-16:00 Europe/Madrid`.
///
/// Times are wall-clock times in the zone, so a window keeps its local hours across daylight
/// saving changes.
public struct DeploymentWindow: Sendable, Equatable, CustomStringConvertible {
    public let days: Set<Weekday>
    /// Minutes after midnight when the window opens.
    public let start: Int
    /// Minutes after midnight when it closes, after ``start``; 1440 stands for 24:00.
    public let end: Int
    /// An IANA zone such as `Europe/Madrid`, or `UTC`.
    public let timeZoneIdentifier: String

    public init(days: Set<Weekday>, start: Int, end: Int, timeZoneIdentifier: String) {
        self.days = days
        self.start = start
        self.end = end
        self.timeZoneIdentifier = timeZoneIdentifier
    }

    /// Monday to Thursday, 09:00 to 16:00 in Madrid.
    public static let standard = DeploymentWindow(
        days: [.monday, .tuesday, .wednesday, .thursday], start: 9 * 60, end: 16 * 60,
        timeZoneIdentifier: "Europe/Madrid")

    /// The window as it is written in `.vixen-gate.yml`, with runs of days joined: `Mon-Thu 09:00-16:00 Europe/Madrid`.
    public var description: String {
        "\(dayText) \(Self.clock(start))-\(Self.clock(end)) \(timeZoneIdentifier)"
    }

    /// Returns true when `date` falls inside the window.
    ///
    /// - Throws: ``WindowError/unknownTimeZone(_:)`` when this system has no data for the zone.
    public func contains(_ date: Date) throws(WindowError) -> Bool {
        let calendar = try calendar()
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        guard let weekday = parts.weekday.flatMap(Weekday.init(rawValue:)), days.contains(weekday) else {
            return false
        }
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return minute >= start && minute < end
    }

    /// Returns the first time at or after `date` when the window is open, within the next eight days.
    public func nextOpening(after date: Date) throws(WindowError) -> Date? {
        if try contains(date) {
            return date
        }
        let calendar = try calendar()
        let today = calendar.startOfDay(for: date)
        for offset in 0...7 {
            guard let day = calendar.date(byAdding: .day, value: offset, to: today),
                let weekday = Weekday(rawValue: calendar.component(.weekday, from: day)), days.contains(weekday),
                let opening = calendar.date(bySettingHour: start / 60, minute: start % 60, second: 0, of: day)
            else {
                continue
            }
            if opening > date {
                return opening
            }
        }
        return nil
    }

    /// Returns the zone's calendar, so callers can print times in the window's zone.
    public func calendar() throws(WindowError) -> Calendar {
        guard let zone = TimeZone(identifier: timeZoneIdentifier) else {
            throw .unknownTimeZone(timeZoneIdentifier)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    private var dayText: String {
        let sorted = days.sorted()
        var runs: [[Weekday]] = []
        for day in sorted {
            if let last = runs.last?.last, last.next == day {
                runs[runs.count - 1].append(day)
            } else {
                runs.append([day])
            }
        }
        // A run that ends on Sunday continues into one that starts on Monday, as in `Fri-Mon`.
        if runs.count > 1, let first = runs.first, first.first == .monday, runs.last?.last == .sunday {
            runs[runs.count - 1] += first
            runs.removeFirst()
        }
        return runs.map { run in
            guard let first = run.first, let last = run.last else {
                return ""
            }
            return run.count == 1 ? first.abbreviation : "\(first.abbreviation)-\(last.abbreviation)"
        }.joined(separator: ",")
    }

    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}

/// A failure to evaluate a deployment window.
public enum WindowError: Error, Equatable, Sendable {
    /// The system's time zone data has no zone of this name.
    case unknownTimeZone(String)
}
