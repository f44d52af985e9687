import CLibGit2
import VixenCore

/// One note to write: the text attached to an object.
public struct GitNote: Sendable, Equatable {
    /// The object the note is about, usually a commit.
    public let object: ObjectID
    public let text: String

    public init(object: ObjectID, text: String) {
        self.object = object
        self.text = text
    }
}

extension Repository {
    /// Returns the text of the note on `object` under `notesReference`, such as
    /// `refs/notes/vixen-gate/staging`, or nil when the reference or the note does not exist.
    ///
    /// Bytes that are not valid UTF-8 are replaced with U+FFFD.
    public func note(on object: ObjectID, notesReference: String) throws(GitError) -> String? {
        var oid = try Self.oid(object)
        var note: OpaquePointer?
        let code = git_note_read(&note, handle, notesReference, &oid)
        if code == GIT_ENOTFOUND.rawValue {
            return nil
        }
        try LibGit2.check(code, "git_note_read")
        guard let note else {
            return nil
        }
        defer { git_note_free(note) }
        return git_note_message(note).map { String(cString: $0) } ?? ""
    }

    /// Writes `notes` as notes commits on top of `parent`, replacing any note the same objects had,
    /// and returns the last commit without moving any reference.
    ///
    /// Each note becomes one notes commit. A caller that pushes the result before it moves its own
    /// reference uses this, and ``writeNotes(_:notesReference:expecting:signature:)`` does both.
    ///
    /// - Parameter parent: The notes commit to build on, or nil to start a new notes history.
    /// - Returns: The new notes commit, or `parent` when `notes` is empty.
    public func createNotesCommits(_ notes: [GitNote], parent: ObjectID?, signature: GitSignature)
        throws(GitError) -> ObjectID?
    {
        var last = parent
        for note in notes {
            last = try createNotesCommit(note, parent: last, signature: signature)
        }
        return last
    }

    /// Writes `notes` and moves `notesReference` to the result in one compare-and-swap.
    ///
    /// The notes commits start from `expected`, the value of the reference the caller read (nil
    /// when it did not exist). The reference moves only if it still has that value, so a
    /// concurrent writer's notes are never lost.
    ///
    /// - Returns: The new notes commit, or `expected` when `notes` is empty.
    /// - Throws: ``ReferenceUpdateError/moved(reference:expected:found:)`` when another writer
    ///   moved the reference; the notes commits written are then left unreferenced.
    @discardableResult
    public func writeNotes(
        _ notes: [GitNote], notesReference: String, expecting expected: ObjectID?, signature: GitSignature
    ) throws(ReferenceUpdateError) -> ObjectID? {
        let result: ObjectID?
        do {
            result = try createNotesCommits(notes, parent: expected, signature: signature)
        } catch {
            throw .git(error)
        }
        guard let result, result != expected else {
            return expected
        }
        try updateReference(notesReference, to: result, expecting: expected, logMessage: "vixen-gate: notes")
        return result
    }

    private func createNotesCommit(_ note: GitNote, parent: ObjectID?, signature: GitSignature) throws(GitError)
        -> ObjectID
    {
        var target = try Self.oid(note.object)
        // The parent is read through the handle that writes, so both calls see the same objects.
        var parentCommit: OpaquePointer?
        if let parent {
            var parentOID = try Self.oid(parent)
            try LibGit2.checkObject(
                git_commit_lookup(&parentCommit, handle, &parentOID), parentOID, path: nil, "git_commit_lookup")
        }
        defer { git_commit_free(parentCommit) }
        var created = git_oid()
        try signature.withSignature { pointer throws(GitError) in
            let code = git_note_commit_create(
                &created, nil, handle, parentCommit, pointer, pointer, &target, note.text, 1)
            try LibGit2.check(code, "git_note_commit_create")
        }
        return created.objectID
    }
}
