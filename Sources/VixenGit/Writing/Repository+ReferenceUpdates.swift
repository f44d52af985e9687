import CLibGit2
import VixenCore

extension Repository {
    /// Points the reference `name` at `target`, provided it still has the value the caller read.
    ///
    /// With `expected` nil the reference must not exist yet; otherwise it must point at `expected`.
    /// libgit2 checks the old value under the reference's lock file, so two writers in the same
    /// repository cannot both succeed.
    ///
    /// - Throws: ``ReferenceUpdateError/moved(reference:expected:found:)`` when the reference has
    ///   another value, with the value found.
    public func updateReference(
        _ name: String, to target: ObjectID, expecting expected: ObjectID?, logMessage: String
    ) throws(ReferenceUpdateError) {
        let targetOID = try Self.writableOID(target)
        var newTarget = targetOID
        var created: OpaquePointer?
        let code: Int32
        if let expected {
            var expectedOID = try Self.writableOID(expected)
            code = git_reference_create_matching(&created, handle, name, &newTarget, 1, &expectedOID, logMessage)
        } else {
            code = git_reference_create(&created, handle, name, &newTarget, 0, logMessage)
        }
        if let created {
            git_reference_free(created)
        }
        if code == GIT_EMODIFIED.rawValue || code == GIT_EEXISTS.rawValue || code == GIT_ENOTFOUND.rawValue {
            throw .moved(reference: name, expected: expected, found: try currentTarget(name))
        }
        do {
            try LibGit2.check(code, "git_reference_create_matching")
        } catch {
            throw .git(error)
        }
    }

    /// Deletes the reference `name`, provided it still points at `expected`.
    ///
    /// - Throws: ``ReferenceUpdateError/moved(reference:expected:found:)`` when the reference is
    ///   gone or points elsewhere.
    public func deleteReference(_ name: String, expecting expected: ObjectID) throws(ReferenceUpdateError) {
        var reference: OpaquePointer?
        let lookup = git_reference_lookup(&reference, handle, name)
        guard lookup == 0, let reference else {
            if lookup == GIT_ENOTFOUND.rawValue {
                throw .moved(reference: name, expected: expected, found: nil)
            }
            throw .git(LibGit2.error(lookup, "git_reference_lookup"))
        }
        defer { git_reference_free(reference) }
        let found = git_reference_target(reference)?.pointee.objectID
        guard found == expected else {
            throw .moved(reference: name, expected: expected, found: found)
        }
        // libgit2 deletes only while the reference still has the value read by the lookup above.
        let code = git_reference_delete(reference)
        if code == GIT_EMODIFIED.rawValue {
            throw .moved(reference: name, expected: expected, found: try currentTarget(name))
        }
        do {
            try LibGit2.check(code, "git_reference_delete")
        } catch {
            throw .git(error)
        }
    }

    /// Returns the object a direct reference points at, without peeling, or nil when it is absent.
    private func currentTarget(_ name: String) throws(ReferenceUpdateError) -> ObjectID? {
        do {
            return try reference(named: name)?.target
        } catch {
            throw .git(error)
        }
    }

    private static func writableOID(_ id: ObjectID) throws(ReferenceUpdateError) -> git_oid {
        guard let oid = git_oid(hex: id.hex) else {
            throw .git(.missingObject(id: id.hex, path: nil))
        }
        return oid
    }
}
