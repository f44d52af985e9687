import VixenChecks
import VixenConfig
import VixenCore

/// Builds resolvers over in-memory trees for the component tests.
enum ComponentFixtures {
    /// Returns a resolver for a tree of `paths` with empty contents, plus the files in `contents`.
    static func resolver(
        _ paths: [String], contents: [String: String] = [:], configuration: Configuration = .default
    ) throws -> ComponentResolver {
        var files = Dictionary(uniqueKeysWithValues: paths.map { ($0, "") })
        files.merge(contents) { _, new in new }
        return try ComponentResolver(configuration: configuration, snapshot: InMemorySnapshot(files: files))
    }
}

/// A snapshot whose file contents cannot be read, as when the object database is damaged.
struct UnreadableSnapshot: RepositorySnapshot {
    struct ReadError: Error, Equatable {
        let path: String
    }

    let paths: [String]

    func contents(of path: String) throws -> [UInt8]? {
        throw ReadError(path: path)
    }
}
