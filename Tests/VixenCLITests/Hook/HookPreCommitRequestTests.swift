import Testing

@testable import VixenCLI

@Suite struct HookPreCommitRequestTests {
    @Test func rangeFromBothRefs() throws {
        let request = try #require(
            PreCommitRequest(environment: [
                "PRE_COMMIT_FROM_REF": "aaa", "PRE_COMMIT_TO_REF": "bbb", "PRE_COMMIT_REMOTE_NAME": "origin",
                "PRE_COMMIT_REMOTE_BRANCH": "refs/heads/main", "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/dev",
            ]))
        #expect(request.from == "aaa")
        #expect(request.to == "bbb")
        #expect(request.remote == "origin")
        #expect(request.label == "refs/heads/main")
    }

    @Test func rootPushUsesLocalBranch() throws {
        let request = try #require(
            PreCommitRequest(environment: [
                "PRE_COMMIT_LOCAL_BRANCH": "refs/heads/main", "PRE_COMMIT_REMOTE_NAME": "origin",
            ]))
        #expect(request.from == nil)
        #expect(request.to == "refs/heads/main")
        #expect(request.remote == "origin")
        #expect(request.label == "refs/heads/main")
    }

    @Test func startWithoutEndIsIgnored() throws {
        let request = try #require(
            PreCommitRequest(environment: ["PRE_COMMIT_FROM_REF": "aaa", "PRE_COMMIT_LOCAL_BRANCH": "main"]))
        #expect(request.from == nil)
        #expect(request.to == "main")
    }

    @Test func labelFallsBackToEnd() throws {
        let request = try #require(PreCommitRequest(environment: ["PRE_COMMIT_TO_REF": "bbb"]))
        #expect(request.label == "bbb")
        #expect(request.remote == nil)
    }

    @Test func emptyValuesCountAsUnset() {
        #expect(PreCommitRequest(environment: ["PRE_COMMIT_TO_REF": "", "PRE_COMMIT_LOCAL_BRANCH": ""]) == nil)
    }

    @Test func missingOutsidePreCommit() {
        #expect(PreCommitRequest(environment: ["PRE_COMMIT_FROM_REF": "aaa"]) == nil)
        #expect(PreCommitRequest(environment: [:]) == nil)
    }
}
