/// A reader of the environment variables one kind of file reads.
protocol EnvSource: Sendable {
    /// Returns whether the file at `path` is of this source's kind.
    func handles(_ path: String) -> Bool

    /// Returns the variables the whole file reads; `bytes` is its text in UTF-8.
    func reads(path: String, bytes: [UInt8]) -> EnvFileReads
}

/// The sources, one per kind of file, and the choice among them.
enum EnvSources {
    static let all: [any EnvSource] = [
        PythonEnvSource(), PydanticSettingsSource(), JavaScriptEnvSource(), DockerfileEnvSource(),
        ComposeEnvSource(), ShellEnvSource(),
    ]

    /// Returns whether any source reads files at `path`.
    static func handles(_ path: String) -> Bool {
        all.contains { $0.handles(path) }
    }

    /// Returns what every source that handles `path` finds in the file.
    static func reads(path: String, bytes: [UInt8]) -> EnvFileReads {
        var result = EnvFileReads()
        for source in all where source.handles(path) {
            let found = source.reads(path: path, bytes: bytes)
            result.reads += found.reads
            result.dynamicLookups += found.dynamicLookups
        }
        return result
    }

    /// Returns the file name of `path`, after its last `/`.
    static func fileName(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
    }

    /// Returns the lower-cased extension of `path`'s file name, or nil when it has none.
    static func fileExtension(_ path: String) -> String? {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else {
            return nil
        }
        return name[name.index(after: dot)...].lowercased()
    }
}
