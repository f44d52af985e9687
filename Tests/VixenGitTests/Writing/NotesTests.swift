import Foundation
import Testing
import VixenCore
import VixenGit
import VixenTestSupport

/// Notes written and read through libgit2, as git itself shows them.
struct NotesTests {
    private let notes = "refs/notes/vixen-gate/staging"
    private let signature = GitSignature(
        name: "vixen-gate", email: "vixen-gate@localhost", time: Date(timeIntervalSince1970: 1_704_153_600))

    private func twoCommits() throws -> (GitRepository, ObjectID, ObjectID) {
        let fixture = try GitRepository()
        try fixture.write("app.py", "one\n")
        let first = ObjectID(hex: try fixture.commit("First"))
        try fixture.write("app.py", "two\n")
        let second = ObjectID(hex: try fixture.commit("Second"))
        return (fixture, first, second)
    }

    @Test func writtenNoteReadsBack() throws {
        let (fixture, first, _) = try twoCommits()
        let repository = try fixture.open()

        let result = try repository.writeNotes(
            [GitNote(object: first, text: "{\"result\": \"succeeded\"}\n")], notesReference: notes, expecting: nil,
            signature: signature)

        #expect(result.map(\.hex) == (try fixture.revParse(notes)))
        #expect(try repository.note(on: first, notesReference: notes) == "{\"result\": \"succeeded\"}\n")
        #expect(try fixture.git("notes", "--ref=\(notes)", "show", first.hex) == "{\"result\": \"succeeded\"}")
    }

    @Test func missingNoteAndReferenceReadAsNil() throws {
        let (fixture, first, second) = try twoCommits()
        let repository = try fixture.open()

        #expect(try repository.note(on: first, notesReference: notes) == nil)
        try repository.writeNotes(
            [GitNote(object: first, text: "a\n")], notesReference: notes, expecting: nil, signature: signature)
        #expect(try repository.note(on: second, notesReference: notes) == nil)
    }

    @Test func severalNotesInOneWrite() throws {
        let (fixture, first, second) = try twoCommits()
        let repository = try fixture.open()

        try repository.writeNotes(
            [GitNote(object: first, text: "first\n"), GitNote(object: second, text: "second\n")],
            notesReference: notes, expecting: nil, signature: signature)

        #expect(try repository.note(on: first, notesReference: notes) == "first\n")
        #expect(try repository.note(on: second, notesReference: notes) == "second\n")
        #expect(try fixture.git("rev-list", "--count", notes) == "2")
    }

    @Test func noteIsReplaced() throws {
        let (fixture, first, _) = try twoCommits()
        let repository = try fixture.open()
        let before = try repository.writeNotes(
            [GitNote(object: first, text: "old\n")], notesReference: notes, expecting: nil, signature: signature)

        try repository.writeNotes(
            [GitNote(object: first, text: "new\n")], notesReference: notes, expecting: before, signature: signature)

        #expect(try repository.note(on: first, notesReference: notes) == "new\n")
    }

    @Test func staleNotesReferenceIsRejected() throws {
        let (fixture, first, second) = try twoCommits()
        let repository = try fixture.open()
        let read = try repository.writeNotes(
            [GitNote(object: first, text: "one\n")], notesReference: notes, expecting: nil, signature: signature)
        try fixture.git("notes", "--ref=\(notes)", "add", "-m", "by someone else", second.hex)
        let moved = ObjectID(hex: try fixture.revParse(notes))

        #expect(throws: ReferenceUpdateError.moved(reference: notes, expected: read, found: moved)) {
            try repository.writeNotes(
                [GitNote(object: first, text: "two\n")], notesReference: notes, expecting: read, signature: signature)
        }
        #expect(try repository.note(on: second, notesReference: notes) == "by someone else\n")
        #expect(try repository.note(on: first, notesReference: notes) == "one\n")
    }

    @Test func notesCommitsWithoutMovingReference() throws {
        let (fixture, first, _) = try twoCommits()
        let repository = try fixture.open()

        let commit = try repository.createNotesCommits(
            [GitNote(object: first, text: "pending\n")], parent: nil, signature: signature)

        #expect(commit != nil)
        #expect(try repository.reference(named: notes) == nil)
        #expect(try fixture.git("cat-file", "-t", commit?.hex ?? "") == "commit")
    }
}
