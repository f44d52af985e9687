import Foundation
import Testing
import VixenCore
import VixenDeploy

/// Deployment windows: how they are written, when they are open, and across daylight saving changes.
struct DeploymentWindowTests {
    @Test(arguments: [
        ("Mon-Thu 09:00-16:00 Europe/Madrid", "Mon-Thu 09:00-16:00 Europe/Madrid"),
        ("mon,wed,fri 08:30-12:00 UTC", "Mon,Wed,Fri 08:30-12:00 UTC"),
        ("Fri-Mon 00:00-24:00 America/New_York", "Fri-Mon 00:00-24:00 America/New_York"),
        ("Sun  10:00-11:00   Europe/Madrid", "Sun 10:00-11:00 Europe/Madrid"),
        ("Mon-Tue,Thu 09:00-10:00 UTC", "Mon-Tue,Thu 09:00-10:00 UTC"),
    ])
    func parsesAndDescribes(text: String, description: String) throws {
        #expect(try DeploymentWindow(parsing: text).description == description)
    }

    static let invalidCases: [(String, WindowParseError)] = [
        ("Mon-Thu 09:00-16:00", .wrongShape("Mon-Thu 09:00-16:00")),
        ("Monday 09:00-16:00 UTC", .invalidDays("Monday")),
        ("Mon- 09:00-16:00 UTC", .invalidDays("Mon-")),
        ("Mon-Thu-Fri 09:00-16:00 UTC", .invalidDays("Mon-Thu-Fri")),
        ("Mon 16:00-09:00 UTC", .invalidHours("16:00-09:00")),
        ("Mon 9:00-16:00 UTC", .invalidHours("9:00-16:00")),
        ("Mon 09:00-24:30 UTC", .invalidHours("09:00-24:30")),
        ("Mon 09:00-09:00 UTC", .invalidHours("09:00-09:00")),
        ("Mon 09:00-16:00 Europe/Atlantis", .unknownTimeZone("Europe/Atlantis")),
    ]

    @Test(arguments: invalidCases)
    func rejectsInvalidText(text: String, error: WindowParseError) {
        #expect(throws: error) {
            try DeploymentWindow(parsing: text)
        }
    }

    @Test func opensAtStartAndClosesAtEnd() throws {
        let window = DeploymentWindow.standard

        #expect(try !window.contains(CostFixtures.date("2024-04-01T06:59:59Z")))
        #expect(try window.contains(CostFixtures.date("2024-04-01T07:00:00Z")))
        #expect(try window.contains(CostFixtures.date("2024-04-04T13:59:59Z")))
        #expect(try !window.contains(CostFixtures.date("2024-04-04T14:00:00Z")))
        #expect(try !window.contains(CostFixtures.date("2024-04-05T10:00:00Z")))
    }

    @Test func keepsLocalHoursAcrossSpringChange() throws {
        let window = DeploymentWindow.standard

        // Madrid moved from UTC+1 to UTC+2 on Sunday 2024-03-31, so 16:00 there moved from 15:00 UTC
        // to 14:00 UTC.
        #expect(try window.contains(CostFixtures.date("2024-03-28T14:30:00Z")))
        #expect(try !window.contains(CostFixtures.date("2024-03-28T15:00:00Z")))
        #expect(try window.contains(CostFixtures.date("2024-04-01T13:30:00Z")))
        #expect(try !window.contains(CostFixtures.date("2024-04-01T14:00:00Z")))
    }

    @Test func nextOpeningSkipsToMonday() throws {
        let window = DeploymentWindow.standard

        let next = try window.nextOpening(after: CostFixtures.date("2024-03-28T15:00:00Z"))

        // Thursday after closing, over the change to summer time, to Monday 09:00 in Madrid.
        #expect(next == CostFixtures.date("2024-04-01T07:00:00Z"))
    }

    @Test func nextOpeningLaterToday() throws {
        let next = try DeploymentWindow.standard.nextOpening(after: CostFixtures.date("2024-04-02T05:00:00Z"))

        #expect(next == CostFixtures.date("2024-04-02T07:00:00Z"))
    }

    @Test func unknownZoneFailsWhenEvaluated() {
        let window = DeploymentWindow(days: [.monday], start: 0, end: 60, timeZoneIdentifier: "Nowhere/City")

        #expect(throws: WindowError.unknownTimeZone("Nowhere/City")) {
            try window.contains(CostFixtures.monday)
        }
    }
}
