import VixenConfig
import VixenCore

/// Every variable the repository documents, and where a new one should be documented.
///
/// The documentation files are the dotenv examples (`.env.example`, `.env.sample`,
/// `.env.template`) anywhere outside `node_modules`, the Markdown tables of `README.md` at the
/// root and beside each project file (`pyproject.toml`, `package.json` and the like) or dotenv
/// example, and the files that `env.documentation` names. A variable counts as documented
/// when any of them lists it.
public struct EnvDocumentation: Sendable {
    public static let exampleNames: Set<String> = [".env.example", ".env.sample", ".env.template"]
    static let projectMarkers: Set<String> = [
        "pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "requirements.txt", "package.json",
    ]

    public private(set) var entries: [EnvDocEntry] = []
    /// The malformed lines of the dotenv files, each with its file and line.
    public private(set) var malformed: [MalformedDotenvLine] = []
    /// The paths of the documentation files that were read, sorted.
    public private(set) var files: [String] = []
    private var exactNames = Set<String>()
    private var upperNames = Set<String>()
    private let paths: Set<String>

    /// Reads the documentation files of `snapshot`, with `overlay` replacing a file's bytes where
    /// the index or the work tree has another version.
    ///
    /// Files over `configuration.limits.maxFileSize` are skipped.
    ///
    /// - Throws: The snapshot's error when a file cannot be read.
    ///
    /// - Parameter additions: Text read besides a file's version, by path: the lines that the
    ///   index or the work tree adds to a file they modify, which document variables too.
    public init(
        snapshot: any RepositorySnapshot, configuration: Configuration, overlay: [String: [UInt8]] = [:],
        additions: [String: [UInt8]] = [:]
    ) throws {
        let allPaths = Set(snapshot.paths).union(overlay.keys)
        paths = allPaths
        for path in Self.documentationFiles(allPaths, configuration: configuration.env) {
            guard let bytes = try overlay[path] ?? snapshot.contents(of: path),
                bytes.count <= configuration.limits.maxFileSize
            else {
                continue
            }
            files.append(path)
            add(Self.parse(bytes, path: path))
            if let added = additions[path] {
                add(DotenvParser.Document(entries: Self.parse(added, path: path).entries))
            }
        }
    }

    /// Returns the documentation files among `paths`, sorted.
    static func documentationFiles(_ paths: Set<String>, configuration: Configuration.Env) -> [String] {
        var folders = Set([""])
        var files = Set<String>()
        for path in paths where !path.split(separator: "/").contains("node_modules") {
            let name = String(EnvSources.fileName(path))
            if exampleNames.contains(name) {
                files.insert(path)
            }
            if exampleNames.contains(name) || projectMarkers.contains(name) {
                folders.insert(folder(of: path))
            }
        }
        for folder in folders {
            let readme = folder.isEmpty ? "README.md" : folder + "/README.md"
            if paths.contains(readme) {
                files.insert(readme)
            }
        }
        files.formUnion(configuration.documentation.filter(paths.contains))
        return files.sorted()
    }

    static func parse(_ bytes: [UInt8], path: String) -> DotenvParser.Document {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") {
            return DotenvParser.Document(entries: MarkdownTableParser.entries(bytes, path: path))
        }
        return DotenvParser.parse(bytes, path: path)
    }

    private mutating func add(_ document: DotenvParser.Document) {
        entries += document.entries
        malformed += document.malformed
        for entry in document.entries {
            exactNames.insert(entry.name)
            upperNames.insert(entry.name.uppercased())
        }
    }

    /// Returns whether a documentation file lists the variable `read` reads.
    public func documents(_ read: EnvRead) -> Bool {
        read.isCaseSensitive ? exactNames.contains(read.name) : upperNames.contains(read.key)
    }

    /// Returns the entries that document `name`, compared in upper case unless `isCaseSensitive`.
    public func entries(for name: String, isCaseSensitive: Bool = true) -> [EnvDocEntry] {
        entries.filter { isCaseSensitive ? $0.name == name : $0.name.uppercased() == name.uppercased() }
    }

    /// Returns the file where a variable read at `path` should be documented.
    ///
    /// That is the nearest dotenv example in the file's folder or one above it. Without one,
    /// it is `.env.example` in the nearest folder above with a project file such as
    /// `pyproject.toml` or `package.json`, else `.env.example` at the root.
    public func expectedFile(for path: String) -> String {
        var folder = Self.folder(of: path)
        var projectFolder: String?
        while true {
            for name in [".env.example", ".env.sample", ".env.template"] {
                let candidate = folder.isEmpty ? name : folder + "/" + name
                if paths.contains(candidate) {
                    return candidate
                }
            }
            if projectFolder == nil,
                Self.projectMarkers.contains(where: { paths.contains(folder.isEmpty ? $0 : folder + "/" + $0) })
            {
                projectFolder = folder
            }
            if folder.isEmpty {
                break
            }
            folder = Self.folder(of: folder)
        }
        guard let projectFolder, !projectFolder.isEmpty else {
            return ".env.example"
        }
        return projectFolder + "/.env.example"
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else {
            return ""
        }
        return String(path[..<slash])
    }
}
