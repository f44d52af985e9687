import Foundation

/// A uniquely named folder under the system temporary directory, deleted with its contents
/// when the value is released or ``remove()`` is called.
public final class TemporaryDirectory: Sendable {
    public let url: URL

    public var path: String { url.path }

    /// Creates the folder `<prefix>-<UUID>`.
    ///
    /// The URL has symbolic links resolved, so on macOS it starts with `/private/var` and
    /// compares equal to the paths that `git` and `pwd` print.
    public init(prefix: String = "vixen-gate-test") throws {
        let base = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
        let url = base.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        // Without intermediate folders, creation fails if the name already exists.
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        self.url = url
    }

    /// Deletes the folder and everything in it, unless it is already gone.
    public func remove() throws {
        guard FileManager.default.fileExists(atPath: path) else {
            return
        }
        try FileManager.default.removeItem(at: url)
    }

    deinit {
        try? remove()
    }
}
