import Foundation

/// The PostgreSQL client programs that verification and backups run.
///
/// Debian installs each major version in `/usr/lib/postgresql/<major>/bin` and puts wrappers on
/// PATH that pick a version. pg_dump rejects servers of a newer major version than its own, so a
/// team whose server is newer than the default client sets the folder of a newer one.
public struct PostgresTools: Sendable, Equatable {
    public let psql: URL
    public let pgDump: URL
    public let pgRestore: URL

    public init(psql: URL, pgDump: URL, pgRestore: URL) {
        self.psql = psql
        self.pgDump = pgDump
        self.pgRestore = pgRestore
    }

    static let toolNames = ["psql", "pg_dump", "pg_restore"]

    /// Finds the three tools.
    ///
    /// With `configuredFolder`, all three must be in it. Otherwise each is looked up in the PATH of
    /// `environment`, then in the newest `<root>/<version>/bin` of each of `versionedRoots`.
    /// Versions compare by number, so `16` is newer than `9.6`.
    ///
    /// - Throws: ``PostgresError/toolMissingFromFolder(tool:folder:)`` or
    ///   ``PostgresError/toolNotFound(tool:searched:)``.
    public static func locate(
        configuredFolder: String?,
        environment: [String: String],
        versionedRoots: [String] = ["/usr/lib/postgresql"]
    ) throws(PostgresError) -> PostgresTools {
        var found: [URL] = []
        for name in toolNames {
            if let configuredFolder {
                let candidate = URL(fileURLWithPath: configuredFolder).appendingPathComponent(name)
                guard isExecutableFile(candidate) else {
                    throw .toolMissingFromFolder(tool: name, folder: configuredFolder)
                }
                found.append(candidate)
                continue
            }
            let folders = searchFolders(environment: environment, versionedRoots: versionedRoots)
            guard let tool = folders.lazy.map({ $0.appendingPathComponent(name) }).first(where: isExecutableFile)
            else {
                throw .toolNotFound(tool: name, searched: ["PATH"] + versionedRoots.map { "\($0)/*/bin" })
            }
            found.append(tool)
        }
        return PostgresTools(psql: found[0], pgDump: found[1], pgRestore: found[2])
    }

    private static func searchFolders(environment: [String: String], versionedRoots: [String]) -> [URL] {
        let pathFolders = (environment["PATH"] ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        let versioned = versionedRoots.flatMap(versionFolders)
        return pathFolders + versioned
    }

    /// Returns the `bin` folders under `root`, newest version first.
    static func versionFolders(in root: String) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else {
            return []
        }
        let versions = names.compactMap { name -> (name: String, numbers: [Int])? in
            let numbers = name.split(separator: ".").map { Int($0) }
            guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else {
                return nil
            }
            return (name, numbers.compactMap { $0 })
        }
        return versions.sorted { $0.numbers.lexicographicallyPrecedes($1.numbers) }.reversed().map {
            URL(fileURLWithPath: root).appendingPathComponent($0.name).appendingPathComponent("bin")
        }
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        return exists && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
    }
}
