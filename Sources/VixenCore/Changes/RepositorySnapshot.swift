/// Read access to the files of one tree, used to detect the repository's layout.
///
/// The git module provides it for a commit; tests provide it from memory.
public protocol RepositorySnapshot: Sendable {
    /// Every file path in the tree, relative to the root with `/` separators, sorted.
    var paths: [String] { get }

    /// Returns the bytes of the file at `path`, or nil when the tree has no such file.
    func contents(of path: String) throws -> [UInt8]?
}

/// A snapshot held in memory, for tests and for layouts built by hand.
public struct InMemorySnapshot: RepositorySnapshot {
    public let files: [String: [UInt8]]

    public init(files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public var paths: [String] { files.keys.sorted() }

    public func contents(of path: String) throws -> [UInt8]? {
        files[path]
    }
}
