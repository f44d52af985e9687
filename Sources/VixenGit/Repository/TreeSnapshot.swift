import CLibGit2
import VixenCore

/// The files of one commit's tree, for detecting the repository's layout.
///
/// Paths are listed when the snapshot is made; contents are read on demand.
// NOTE: @unchecked because it keeps the repository's libgit2 handle. Like the repository
// itself, a snapshot must be used from one thread at a time.
public final class TreeSnapshot: RepositorySnapshot, @unchecked Sendable {
    public let paths: [String]
    private let repository: Repository
    private let tree: Tree

    public init(repository: Repository, commit: ObjectID) throws(GitError) {
        self.repository = repository
        self.tree = try Tree(repository: repository, commit: try Repository.oid(commit))
        var paths: [String] = []
        try Self.collect(tree, prefix: "", repository: repository, into: &paths)
        self.paths = paths.sorted()
    }

    public func contents(of path: String) throws -> [UInt8]? {
        try tree.fileContents(path, repository: repository)
    }

    private static func collect(_ tree: Tree, prefix: String, repository: Repository, into paths: inout [String])
        throws(GitError)
    {
        for index in 0..<tree.count {
            guard let entry = tree.entry(at: index) else {
                continue
            }
            let path = prefix + String(cString: git_tree_entry_name(entry))
            if git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE {
                let subtree = try Tree(repository: repository, oid: git_tree_entry_id(entry).pointee)
                try collect(subtree, prefix: path + "/", repository: repository, into: &paths)
            } else {
                paths.append(path)
            }
        }
    }
}
