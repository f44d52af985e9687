import Testing
import VixenCore
import VixenDeploy

struct ReleaseTagTests {
    static let commit = ObjectID(hex: String(repeating: "c", count: 40))

    @Test(arguments: ["v1.4.0", "v0.1.0", "v10.0.3"])
    func acceptsReleaseName(name: String) throws {
        let tag = try #require(ReleaseTag(name: name, commit: Self.commit))
        #expect(tag.version.description == String(name.dropFirst()))
    }

    @Test(arguments: ["1.4.0", "V1.4.0", "v1.4", "v1.4.0-rc.1", "release-1.4.0", "v01.4.0", "vv1.4.0", "latest"])
    func rejectsOtherName(name: String) {
        #expect(ReleaseTag(name: name, commit: Self.commit) == nil)
    }

    @Test func latestIsHighestVersion() throws {
        let tags = ["v1.9.0", "v1.10.0", "v1.2.5"].compactMap { ReleaseTag(name: $0, commit: Self.commit) }
        #expect(ReleaseTag.latest(among: tags)?.name == "v1.10.0")
    }

    @Test func latestOfNoneIsNil() {
        #expect(ReleaseTag.latest(among: []) == nil)
    }
}
