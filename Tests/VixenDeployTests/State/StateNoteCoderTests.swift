import Foundation
import Testing
import VixenCore
import VixenDeploy

/// State notes as JSON: what is written, what reads back, and what is rejected.
struct StateNoteCoderTests {
    private let commit = ObjectID(hex: String(repeating: "c", count: 40))
    private let reference = "refs/notes/vixen-gate/staging"

    private var note: StateNote {
        let record = DeploymentRecord(
            commit: commit, sequence: 42, version: SemanticVersion(major: 1, minor: 4, patch: 0),
            time: Date(timeIntervalSince1970: 1_704_153_600), components: [.backend, .frontend, .database],
            coolifyDeployments: ["d1"], previousImageTags: ["app-1": "abc123"], result: .succeeded, source: .deploy)
        let deferral = DeferralRecord(
            time: Date(timeIntervalSince1970: 1_704_157_200), head: commit, commits: [commit])
        return StateNote(target: .staging, deployment: record, deferrals: [deferral])
    }

    @Test func encodesRecordAsSnakeCaseJSON() {
        let text = StateNoteCoder.encode(note)

        #expect(
            text == """
                {
                  "attempts" : [

                  ],
                  "deferrals" : [
                    {
                      "commits" : [
                        "\(commit.hex)"
                      ],
                      "head" : "\(commit.hex)",
                      "time" : "2024-01-02T01:00:00Z"
                    }
                  ],
                  "deployment" : {
                    "commit" : "\(commit.hex)",
                    "components" : [
                      "BE",
                      "FE",
                      "DB"
                    ],
                    "coolify_deployments" : [
                      "d1"
                    ],
                    "previous_image_tags" : {
                      "app-1" : "abc123"
                    },
                    "result" : "succeeded",
                    "sequence" : 42,
                    "source" : "deploy",
                    "time" : "2024-01-02T00:00:00Z",
                    "version" : "1.4.0"
                  },
                  "format" : 1,
                  "target" : "staging"
                }

                """)
    }

    @Test func roundTrip() throws {
        let decoded = try StateNoteCoder.decode(StateNoteCoder.encode(note), notesReference: reference, commit: commit)

        #expect(decoded == note)
    }

    @Test func unknownFieldsAreTolerated() throws {
        let text = """
            {"format": 1, "target": "production", "added_later": {"x": 1},
             "deployment": {"commit": "\(commit.hex)", "sequence": 3, "version": "2.0.0",
                            "time": "2024-01-02T00:00:00Z", "result": "rolled-back", "rollback_reason": "503"}}
            """

        let decoded = try StateNoteCoder.decode(text, notesReference: reference, commit: commit)

        #expect(decoded.target == .production)
        #expect(decoded.deployment?.result == .rolledBack)
        #expect(decoded.deployment?.components == [])
        #expect(decoded.deployment?.source == .deploy)
        #expect(decoded.attempts == [])
        #expect(decoded.deferrals == [])
    }

    /// Each malformed note and a part of the detail that must name what is wrong; the rest of the
    /// detail is Foundation's own wording, which can change between versions.
    @Test(arguments: [
        ("not json", "not valid JSON"),
        ("{\"target\": \"staging\"}", "missing format"),
        ("{\"format\": 1, \"target\": \"qa\"}", "at target"),
        ("{\"format\": 1, \"target\": \"staging\", \"deployment\": {\"sequence\": 1}}", "missing deployment.commit"),
        (
            "{\"format\": 1, \"target\": \"staging\", \"deferrals\": [{\"time\": \"2024-01-02T00:00:00Z\", "
                + "\"head\": \"abc\", \"commits\": []}]}",
            "\"abc\" is not a full object id at deferrals[0].head"
        ),
    ])
    func malformedNoteIsRejected(text: String, detail: String) throws {
        let error = try #require(throws: DeployStateError.self) {
            try StateNoteCoder.decode(text, notesReference: reference, commit: commit)
        }
        guard case .malformedNote(let foundReference, let foundCommit, let foundDetail) = error else {
            Issue.record("expected a malformed note, got \(error)")
            return
        }
        #expect(foundReference == reference)
        #expect(foundCommit == commit)
        #expect(foundDetail.contains(detail), "\(foundDetail)")
    }

    @Test func malformedNoteMessageNamesReferenceAndCommit() {
        let error = DeployStateError.malformedNote(notesReference: reference, commit: commit, detail: "not valid JSON")

        #expect(
            error.message.english
                == "The state note on commit \(commit.hex) under \(reference) is not a valid record (not valid JSON). "
                + "Show it with git notes --ref=\(reference) show \(commit.hex), then correct it or remove it with "
                + "git notes --ref=\(reference) remove \(commit.hex).")
    }

    @Test func newerFormatIsRejected() {
        let text = "{\"format\": 2, \"target\": \"staging\"}"

        #expect(throws: DeployStateError.newerNoteFormat(notesReference: reference, commit: commit, format: 2)) {
            try StateNoteCoder.decode(text, notesReference: reference, commit: commit)
        }
    }

    @Test func sequenceAndFirstDeferrals() {
        let early = Date(timeIntervalSince1970: 100)
        let late = Date(timeIntervalSince1970: 200)
        let other = ObjectID(hex: String(repeating: "d", count: 40))
        var note = self.note
        note.attempts = [
            DeploymentRecord(
                commit: other, sequence: 44, version: SemanticVersion(major: 1, minor: 5, patch: 0), time: late,
                components: [], result: .failed, source: .deploy)
        ]
        note.deferrals = [
            DeferralRecord(time: late, head: other, commits: [commit, other]),
            DeferralRecord(time: early, head: commit, commits: [commit]),
        ]

        #expect(note.lastSequence == 44)
        #expect(note.firstDeferrals == [commit: early, other: late])
    }
}
