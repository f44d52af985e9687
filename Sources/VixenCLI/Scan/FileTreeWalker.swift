import Foundation
import VixenCore
import VixenGit

/// A file that a scan reads, with the name its findings show.
struct FoundFile: Equatable {
    let path: FileSystemPath
    let displayPath: String
    /// The absolute path, with the links in the path named on the command line resolved, for
    /// matching configured globs.
    ///
    /// It is nil when the path named on the command line cannot be resolved.
    let resolvedPath: String?
}

/// Lists the files to scan below a path named on the command line.
///
/// Folders are walked in byte order of their entries' names. Folders named `.git` are never
/// entered, and symbolic links met inside a folder are not followed, so a walk stays inside the
/// folder it was given and reads each file under one name. A path named on the command line is
/// followed when it is a symbolic link, and read even when git ignores it. Inside a git work tree,
/// files and folders that git ignores are skipped unless `includesIgnored` is true. Below a folder
/// with its own `.git`, that repository's rules apply.
struct FileTreeWalker {
    let includesIgnored: Bool
    let currentDirectory: String

    /// The ignore rules of one work tree, and where the walk is inside it.
    private struct IgnoreContext {
        let rules: IgnoreRules
        /// The walked folder's path relative to the work tree's root, empty for the root itself.
        let folder: String

        func path(of name: String) -> String {
            folder.isEmpty ? name : folder + "/" + name
        }
    }

    /// Calls `body` with each file to scan for the command-line path `argument`.
    ///
    /// - Parameter argument: The path as given, or nil for the current directory scanned by default.
    /// - Throws: ``RunFailure`` naming the path when it does not exist or a file or folder below it
    ///   cannot be read, and for a repository whose ignore rules cannot be read.
    func walk(_ argument: String?, _ body: (FoundFile) throws(RunFailure) -> Void) throws(RunFailure) {
        let display = DisplayPath(argument: argument)
        let root = FileSystemPath(argument ?? currentDirectory, relativeTo: currentDirectory)
        let kind: FileSystemPath.Kind
        do {
            kind = try root.kind(followingLinks: true)
        } catch {
            throw Self.failure(error, path: display.joined(""))
        }
        let resolved = root.resolved()
        guard kind == .directory else {
            try body(FoundFile(path: root, displayPath: display.joined(""), resolvedPath: resolved?.text))
            return
        }
        let folder = Folder(resolved: resolved?.text, display: display)
        try walkFolder(root, relative: "", in: folder, ignore: try rootContext(resolved), body)
    }

    /// A folder named on the command line.
    private struct Folder {
        /// The folder's path resolved by `realpath`, or nil when it cannot be resolved.
        let resolved: String?
        let display: DisplayPath

        func resolvedPath(of relative: String) -> String? {
            resolved.map { $0 == "/" ? "/" + relative : $0 + "/" + relative }
        }
    }

    /// Walks `folder`, which is `relative` below the folder `root` named on the command line.
    private func walkFolder(
        _ folder: FileSystemPath, relative: String, in root: Folder, ignore: IgnoreContext?,
        _ body: (FoundFile) throws(RunFailure) -> Void
    ) throws(RunFailure) {
        let display = root.display
        let names: [[UInt8]]
        do {
            names = try folder.entryNames()
        } catch {
            throw Self.failure(error, path: display.joined(relative))
        }
        for name in names where name != Array(".git".utf8) {
            let path = folder.appending(name)
            let text = String(decoding: name, as: UTF8.self)
            let childRelative = relative.isEmpty ? text : relative + "/" + text
            let kind: FileSystemPath.Kind
            do {
                kind = try path.kind(followingLinks: false)
            } catch  where error.code == ENOENT {
                // Deleted since the folder was listed.
                continue
            } catch {
                throw Self.failure(error, path: display.joined(childRelative))
            }
            switch kind {
            case .directory:
                if let ignore, try isIgnored(ignore.path(of: text), isDirectory: true, in: ignore) {
                    continue
                }
                let childIgnore =
                    try nestedContext(path) ?? ignore.map { IgnoreContext(rules: $0.rules, folder: $0.path(of: text)) }
                try walkFolder(path, relative: childRelative, in: root, ignore: childIgnore, body)
            case .file:
                if let ignore, try isIgnored(ignore.path(of: text), isDirectory: false, in: ignore) {
                    continue
                }
                try body(
                    FoundFile(
                        path: path, displayPath: display.joined(childRelative),
                        resolvedPath: root.resolvedPath(of: childRelative)))
            case .symbolicLink, .other:
                continue
            }
        }
    }

    /// Returns the ignore rules for a folder named on the command line, or nil when none apply: with
    /// `--no-ignore`, outside a work tree, and when git ignores the folder itself.
    private func rootContext(_ resolved: FileSystemPath?) throws(RunFailure) -> IgnoreContext? {
        guard !includesIgnored, let resolved, let rules = try ignoreRules(at: resolved) else {
            return nil
        }
        let absolute = resolved.text + "/"
        guard absolute.hasPrefix(rules.workTree) else {
            return nil
        }
        let folder = String(absolute.dropFirst(rules.workTree.count).dropLast())
        let context = IgnoreContext(rules: rules, folder: "")
        if !folder.isEmpty, try isIgnored(folder, isDirectory: true, in: context) {
            return nil
        }
        return IgnoreContext(rules: rules, folder: folder)
    }

    /// Returns the rules of the repository whose work tree `folder` is the root of, or nil when the
    /// folder has no `.git` of its own.
    private func nestedContext(_ folder: FileSystemPath) throws(RunFailure) -> IgnoreContext? {
        guard !includesIgnored, (try? folder.appending(Array(".git".utf8)).kind(followingLinks: false)) != nil else {
            return nil
        }
        return try ignoreRules(at: folder).map { IgnoreContext(rules: $0, folder: "") }
    }

    /// Returns the ignore rules of the work tree that contains `folder`, or nil outside a work tree.
    private func ignoreRules(at folder: FileSystemPath) throws(RunFailure) -> IgnoreRules? {
        do {
            let repository = try Repository.open(
                path: folder.text, currentDirectory: currentDirectory, environment: [:])
            guard repository.workTree != nil else {
                return nil
            }
            return try IgnoreRules(repository: repository)
        } catch .notARepository {
            return nil
        } catch {
            throw .git(error)
        }
    }

    private func isIgnored(_ path: String, isDirectory: Bool, in context: IgnoreContext) throws(RunFailure) -> Bool {
        do {
            return try context.rules.isIgnored(path, isDirectory: isDirectory)
        } catch {
            throw .git(error)
        }
    }

    static func failure(_ error: SystemCallError, path: String) -> RunFailure {
        if error.code == ENOENT {
            return .message(Catalog.scanPathNotFound(path))
        }
        return .message(Catalog.scanPathUnreadable(path, reason: error.reason))
    }
}
