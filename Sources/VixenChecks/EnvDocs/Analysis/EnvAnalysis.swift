import VixenConfig
import VixenCore

/// The input of the `env.*` rules, prepared once per run: the reads a change adds, the reads it
/// removes, the dynamic lookups it adds and the documentation at its head.
///
/// A read is new when its line is an added line, or when it is a declaration, and the file's
/// previous version did not read the same name. So an edited line that keeps its read, or a
/// read moved within its file, is not new. The range's files are read at the head commit; the
/// index's and the work tree's from their added lines (see ``ChangedEnvFile``).
public struct EnvAnalysis: Sendable {
    public let context: CheckContext
    public let newReads: [EnvRead]
    public let newDynamicLookups: [EnvDynamicLookup]
    /// The reads of the previous versions whose names no latest version of the same file reads.
    public let removedReads: [EnvRead]
    public let documentation: EnvDocumentation
    /// The malformed lines that the change adds to dotenv documentation files.
    public let addedMalformedLines: [MalformedDotenvLine]
    /// The names, as ``EnvRead/key`` compares them, that the latest versions of the changed files read.
    private let changedFileKeys: Set<String>
    /// The changed paths whose latest version was read whole, or deleted: not the index's or
    /// the work tree's modified files, of which only the added lines are known.
    private let fullyReadPaths: Set<String>

    public var settings: Configuration.Env { context.configuration.env }

    /// - Throws: The snapshot's error when a file of the head or the base cannot be read.
    public init(context: CheckContext) throws {
        self.context = context
        let limit = context.configuration.limits.maxFileSize
        var collected = Collected()
        var overlay: [String: [UInt8]] = [:]
        var additions: [String: [UInt8]] = [:]
        let files = ChangedEnvFile.all(in: context.changes)
        for file in files {
            let path = file.change.path
            if file.origin != .range, file.change.status == .added, case .text(let added) = file.change.content {
                overlay[path] = added.bytes
            } else if file.origin != .range, case .text(let added) = file.change.content {
                additions[path] = ChangedEnvFile.sparseText(added)
            }
            guard EnvSources.handles(path) || EnvSources.handles(file.change.oldPath ?? path) else {
                continue
            }
            let latest = try file.latest(head: context.head, maxFileSize: limit)
            let previous = try file.previous(head: context.head, base: context.base, maxFileSize: limit)
            collected.add(file, latest: latest, previous: previous)
        }
        newReads = collected.newReads.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
        newDynamicLookups = collected.newDynamicLookups
        removedReads = collected.removedReads
        changedFileKeys = collected.latestKeys
        fullyReadPaths = Set(
            files.filter { $0.origin == .range || $0.change.status == .added || $0.change.status == .deleted }.map(
                \.change.path))
        documentation = try EnvDocumentation(
            snapshot: context.head, configuration: context.configuration, overlay: overlay, additions: additions)
        let documentationFiles = Set(documentation.files)
        addedMalformedLines = documentation.malformed.filter { line in
            guard documentationFiles.contains(line.path) else {
                return false
            }
            return files.contains { $0.change.path == line.path && $0.addedLines.contains(line.line) }
        }
    }

    /// Returns the component of a repository path.
    public func component(of path: String) -> Component? {
        context.components.component(for: path)
    }

    /// Returns whether a component's reads must be documented: every component but the
    /// database, operations, documentation and tests, and files in no component.
    public func isApplication(_ component: Component?) -> Bool {
        guard let component else {
            return false
        }
        return ![Component.database, .operations, .docs, .tests].contains(component)
    }

    /// Returns the keys among `keys` that some file at the head still reads.
    ///
    /// The changed files read whole are known already. Every other file a source reads is searched for
    /// the name, ignoring case, and read only when it contains it. A file over the size limit
    /// that contains the name counts as a read, so nothing is reported unused on a guess.
    public func keysStillRead(_ keys: Set<String>) throws -> Set<String> {
        var found = keys.intersection(changedFileKeys)
        var pending = keys.subtracting(found)
        let limit = context.configuration.limits.maxFileSize
        let needles = pending.map { Array($0.lowercased().utf8) }
        for path in context.head.paths where !pending.isEmpty && !fullyReadPaths.contains(path) {
            guard EnvSources.handles(path), let bytes = try context.head.contents(of: path) else {
                continue
            }
            let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            guard needles.contains(where: { Self.contains(lowered, $0) }) else {
                continue
            }
            let keysInFile =
                bytes.count > limit ? pending : Set(EnvSources.reads(path: path, bytes: bytes).reads.map(\.key))
            found.formUnion(pending.intersection(keysInFile))
            pending.subtract(keysInFile)
        }
        return found
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else {
            return false
        }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) {
                return true
            }
            start += 1
        }
        return false
    }
}

/// The reads found while walking the changed files.
private struct Collected {
    var newReads: [EnvRead] = []
    var newDynamicLookups: [EnvDynamicLookup] = []
    var removedReads: [EnvRead] = []
    var latestKeys = Set<String>()

    mutating func add(_ file: ChangedEnvFile, latest: [UInt8]?, previous: [UInt8]?) {
        let path = file.change.path
        let latestReads = latest.map { EnvSources.reads(path: path, bytes: $0) } ?? .empty
        let previousPath = file.change.oldPath ?? path
        let previousReads = previous.map { EnvSources.reads(path: previousPath, bytes: $0) } ?? .empty
        let previousKeys = Set(previousReads.reads.map(\.key))
        let keys = Set(latestReads.reads.map(\.key))
        let added = file.addedLines
        latestKeys.formUnion(keys)
        newReads += latestReads.reads.filter { read in
            (read.isDeclaration || added.contains(read.line)) && !previousKeys.contains(read.key)
        }
        let previousLookups = Set(previousReads.dynamicLookups.map(\.expression))
        newDynamicLookups += latestReads.dynamicLookups.filter {
            added.contains($0.line) && !previousLookups.contains($0.expression)
        }
        // The index's or work tree's version of a modified file shows only its added lines, so
        // a read missing from it may still be there.
        // NOTE: a read removed from such a file, without a commit, is not reported.
        let isPartial = file.origin != .range && file.change.status != .added && file.change.status != .deleted
        if !isPartial {
            removedReads += previousReads.reads.filter { !keys.contains($0.key) }
        }
    }
}
