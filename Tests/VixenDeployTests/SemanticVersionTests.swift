import Foundation
import Testing
import VixenDeploy

struct SemanticVersionTests {
    @Test(arguments: [
        ("0.1.0", SemanticVersion(major: 0, minor: 1, patch: 0)),
        ("1.4.0", SemanticVersion(major: 1, minor: 4, patch: 0)),
        ("10.20.30", SemanticVersion(major: 10, minor: 20, patch: 30)),
        ("0.0.0", SemanticVersion(major: 0, minor: 0, patch: 0)),
        ("999999999999999999.0.1", SemanticVersion(major: 999_999_999_999_999_999, minor: 0, patch: 1)),
    ])
    func parsesVersion(text: String, expected: SemanticVersion) {
        #expect(SemanticVersion(parsing: text) == expected)
    }

    @Test(arguments: [
        "", "1", "1.2", "1.2.3.4", "v1.2.3", "01.2.3", "1.02.3", "1.2.03", "1.2.3-rc.1", "1.2.3+build",
        "1..3", "1.2.", " 1.2.3", "1.2.3 ", "a.b.c", "-1.2.3", "1.2.٣", "1000000000000000000.0.0",
    ])
    func rejectsInvalidVersion(text: String) {
        #expect(SemanticVersion(parsing: text) == nil)
    }

    @Test func raisesEachPart() {
        let version = SemanticVersion(major: 1, minor: 4, patch: 2)
        #expect(version.raised(.patch) == SemanticVersion(major: 1, minor: 4, patch: 3))
        #expect(version.raised(.minor) == SemanticVersion(major: 1, minor: 5, patch: 0))
        #expect(version.raised(.major) == SemanticVersion(major: 2, minor: 0, patch: 0))
    }

    @Test func ordersNumerically() {
        let versions = ["1.10.0", "1.2.0", "0.9.9", "1.2.10", "1.2.9"].compactMap { SemanticVersion(parsing: $0) }
        #expect(versions.sorted().map(\.description) == ["0.9.9", "1.2.0", "1.2.9", "1.2.10", "1.10.0"])
    }

    @Test func encodesAsText() throws {
        let data = try JSONEncoder().encode([SemanticVersion(major: 1, minor: 4, patch: 0)])
        #expect(String(decoding: data, as: UTF8.self) == #"["1.4.0"]"#)
    }

    @Test func decodingRejectsInvalidText() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([SemanticVersion].self, from: Data(#"["v1.4"]"#.utf8))
        }
    }
}
