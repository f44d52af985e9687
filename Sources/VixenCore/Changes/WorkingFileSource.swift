/// The index's and the work tree's versions of changed files.
///
/// A ``ChangeSet`` lists the index's and the work tree's changes by their added lines only, so a
/// check that reads a whole modified file reads its new version here.
public protocol WorkingFileSource: Sendable {
    /// Returns the new side of a change of the index, which `change.newBlob` names, or nil when
    /// the change has no new side.
    func indexContents(of change: FileChange) throws -> [UInt8]?

    /// Returns the bytes of the file at `path` in the work tree, or nil when there is none.
    func workTreeContents(of path: String) throws -> [UInt8]?
}
