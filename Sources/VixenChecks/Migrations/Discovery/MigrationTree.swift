import VixenCore

/// The files of one end of a range, as the migration check reads them.
///
/// At the head, the index's and the work tree's versions of the files they change are laid
/// over the commit's tree when their changes were read, and files they delete are hidden.
final class MigrationTree {
    private let snapshot: any RepositorySnapshot
    private let overlay: [String: [UInt8]]
    private let removed: Set<String>
    /// Files larger than this many bytes are not read, as for every other check.
    private let maxFileSize: Int64
    private var cachedPaths: [String]?
    private var cachedPathSet: Set<String>?

    init(
        snapshot: any RepositorySnapshot, maxFileSize: Int64, overlay: [String: [UInt8]] = [:],
        removed: Set<String> = []
    ) {
        self.snapshot = snapshot
        self.maxFileSize = maxFileSize
        self.overlay = overlay
        self.removed = removed
    }

    /// Every file path, sorted.
    var paths: [String] {
        if let cachedPaths {
            return cachedPaths
        }
        var paths = Set(snapshot.paths).subtracting(removed)
        paths.formUnion(overlay.keys)
        let sorted = paths.sorted()
        cachedPaths = sorted
        cachedPathSet = paths
        return sorted
    }

    func contains(_ path: String) -> Bool {
        if cachedPathSet == nil {
            _ = paths
        }
        return cachedPathSet?.contains(path) ?? false
    }

    /// Returns the file's bytes, or nil when the tree has no such file or it is over the size limit.
    func contents(of path: String) throws -> [UInt8]? {
        if let bytes = overlay[path] {
            return bytes.count > maxFileSize ? nil : bytes
        }
        guard !removed.contains(path), let bytes = try snapshot.contents(of: path) else {
            return nil
        }
        return bytes.count > maxFileSize ? nil : bytes
    }

    /// Returns true when the tree has the file but it is over the size limit, so it is not read.
    func isOversized(_ path: String) throws -> Bool {
        if let bytes = overlay[path] {
            return bytes.count > maxFileSize
        }
        guard !removed.contains(path), let bytes = try snapshot.contents(of: path) else {
            return false
        }
        return bytes.count > maxFileSize
    }

    /// Returns the file at `path`, or nil when it cannot be read.
    func file(_ path: String) throws -> MigrationFile? {
        try contents(of: path).map { MigrationFile(path: path, bytes: $0) }
    }

    /// Returns the paths of the files directly in `folder`; "" is the root.
    func files(in folder: String) -> [String] {
        files(under: folder).filter { MigrationPaths.folder(of: $0) == folder }
    }

    /// Returns the paths of the files anywhere below `folder`; "" is the root.
    func files(under folder: String) -> [String] {
        guard !folder.isEmpty else {
            return paths
        }
        let prefix = folder + "/"
        let all = paths
        var low = 0
        var high = all.count
        while low < high {
            let middle = (low + high) / 2
            if all[middle] < prefix {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var result: [String] = []
        var index = low
        while index < all.count, all[index].hasPrefix(prefix) {
            result.append(all[index])
            index += 1
        }
        return result
    }
}
