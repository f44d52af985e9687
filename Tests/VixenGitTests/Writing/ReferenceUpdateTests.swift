import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// Compare-and-swap updates of references, which the deploy state relies on.
struct ReferenceUpdateTests {
    private let name = "refs/vixen-gate/deployed/staging"

    /// A repository with two commits, the first and the second.
    private struct History {
        let fixture: GitRepository
        let first: ObjectID
        let second: ObjectID

        init() throws {
            fixture = try GitRepository()
            try fixture.write("app.py", "one\n")
            first = ObjectID(hex: try fixture.commit("First"))
            try fixture.write("app.py", "two\n")
            second = ObjectID(hex: try fixture.commit("Second"))
        }
    }

    @Test func createsAbsentReference() throws {
        let history = try History()
        let repository = try history.fixture.open()

        try repository.updateReference(name, to: history.first, expecting: nil, logMessage: "test")

        #expect(try history.fixture.revParse(name) == history.first.hex)
    }

    @Test func creationRejectsExistingReference() throws {
        let history = try History()
        try history.fixture.git("update-ref", name, history.second.hex)
        let repository = try history.fixture.open()

        #expect(throws: ReferenceUpdateError.moved(reference: name, expected: nil, found: history.second)) {
            try repository.updateReference(name, to: history.first, expecting: nil, logMessage: "test")
        }
        #expect(try history.fixture.revParse(name) == history.second.hex)
    }

    @Test func updateWithExpectedValueMoves() throws {
        let history = try History()
        try history.fixture.git("update-ref", name, history.first.hex)
        let repository = try history.fixture.open()

        try repository.updateReference(name, to: history.second, expecting: history.first, logMessage: "test")

        #expect(try history.fixture.revParse(name) == history.second.hex)
    }

    @Test func updateWithStaleValueIsRejected() throws {
        let history = try History()
        try history.fixture.git("update-ref", name, history.second.hex)
        let repository = try history.fixture.open()

        #expect(throws: ReferenceUpdateError.moved(reference: name, expected: history.first, found: history.second)) {
            try repository.updateReference(name, to: history.first, expecting: history.first, logMessage: "test")
        }
    }

    @Test func updateOfMissingReferenceIsRejected() throws {
        let history = try History()
        let repository = try history.fixture.open()

        #expect(throws: ReferenceUpdateError.moved(reference: name, expected: history.first, found: nil)) {
            try repository.updateReference(name, to: history.second, expecting: history.first, logMessage: "test")
        }
        #expect(try history.fixture.run(["rev-parse", "--verify", "--quiet", name]).status == 1)
    }

    @Test func deleteWithExpectedValue() throws {
        let history = try History()
        try history.fixture.git("update-ref", name, history.first.hex)
        let repository = try history.fixture.open()

        try repository.deleteReference(name, expecting: history.first)

        #expect(try repository.reference(named: name) == nil)
    }

    @Test func deleteWithStaleValueIsRejected() throws {
        let history = try History()
        try history.fixture.git("update-ref", name, history.second.hex)
        let repository = try history.fixture.open()

        #expect(throws: ReferenceUpdateError.moved(reference: name, expected: history.first, found: history.second)) {
            try repository.deleteReference(name, expecting: history.first)
        }
        #expect(try history.fixture.revParse(name) == history.second.hex)
    }

    @Test func deleteOfMissingReferenceIsRejected() throws {
        let history = try History()
        let repository = try history.fixture.open()

        #expect(throws: ReferenceUpdateError.moved(reference: name, expected: history.first, found: nil)) {
            try repository.deleteReference(name, expecting: history.first)
        }
    }

    @Test func standaloneCommitHasEmptyTreeAndNoParent() throws {
        let history = try History()
        let repository = try history.fixture.open()
        let time = Date(timeIntervalSince1970: 1_704_153_600)
        let signature = GitSignature(name: "Runner <ci>", email: "runner@example.com", time: time)

        let commit = try repository.createStandaloneCommit(message: "lock\n\n{\"pid\": 7}\n", signature: signature)

        let tree = try history.fixture.git("rev-parse", commit.hex + "^{tree}")
        #expect(tree == "4b825dc642cb6eb9a060e54bf8d69288fbee4904")
        #expect(try history.fixture.git("rev-list", "--parents", "-n", "1", commit.hex) == commit.hex)
        #expect(
            try history.fixture.git("log", "-1", "--format=%an|%ae|%ct", commit.hex)
                == "Runner  ci|runner@example.com|1704153600")
        #expect(try repository.commitMessage(of: commit).message == "lock\n\n{\"pid\": 7}\n")
        #expect(try repository.commitDate(of: commit) == time)
    }

    @Test func remoteLookup() throws {
        let history = try History()
        let remote = try GitRepository(bare: true)
        try history.fixture.addRemote("origin", remote)
        let repository = try history.fixture.open()

        #expect(try repository.hasRemote(named: "origin"))
        #expect(try !repository.hasRemote(named: "upstream"))
    }
}
