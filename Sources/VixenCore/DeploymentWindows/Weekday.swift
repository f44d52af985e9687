/// A day of the week, as deployment windows name it.
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    // Raw values follow `Calendar`'s `weekday` component, where Sunday is 1.
    case sunday = 1
    case monday
    case tuesday
    case wednesday
    case thursday
    case friday
    case saturday

    /// The English abbreviation a window is written with, such as `Mon`.
    public var abbreviation: String {
        switch self {
        case .monday: "Mon"
        case .tuesday: "Tue"
        case .wednesday: "Wed"
        case .thursday: "Thu"
        case .friday: "Fri"
        case .saturday: "Sat"
        case .sunday: "Sun"
        }
    }

    /// Returns the day that `text` abbreviates, ignoring case.
    public init?(abbreviation text: String) {
        guard let day = Self.allCases.first(where: { $0.abbreviation.lowercased() == text.lowercased() }) else {
            return nil
        }
        self = day
    }

    /// Monday first, as the team writes weeks.
    var orderInWeek: Int { (rawValue + 5) % 7 }

    /// The next day; Sunday follows Saturday.
    var next: Weekday { Weekday(rawValue: rawValue % 7 + 1) ?? .sunday }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        lhs.orderInWeek < rhs.orderInWeek
    }
}
