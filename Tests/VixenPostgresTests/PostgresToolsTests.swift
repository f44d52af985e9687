import Foundation
import Testing
import VixenPostgres
import VixenTestSupport

@Suite struct PostgresToolsTests {
    /// Writes executable stand-ins for the three tools into `folder`.
    static func writeTools(in folder: URL, names: [String] = ["psql", "pg_dump", "pg_restore"]) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in names {
            let file = folder.appendingPathComponent(name)
            try Data("#!/bin/sh\nexit 0\n".utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
    }

    @Test func configuredFolderWins() throws {
        let root = try TemporaryDirectory()
        let configured = root.url.appendingPathComponent("pg16/bin")
        let onPath = root.url.appendingPathComponent("path")
        try Self.writeTools(in: configured)
        try Self.writeTools(in: onPath)

        let tools = try PostgresTools.locate(configuredFolder: configured.path, environment: ["PATH": onPath.path])

        #expect(tools.psql == configured.appendingPathComponent("psql"))
        #expect(tools.pgDump == configured.appendingPathComponent("pg_dump"))
        #expect(tools.pgRestore == configured.appendingPathComponent("pg_restore"))
    }

    @Test func configuredFolderMissingToolIsNamed() throws {
        let root = try TemporaryDirectory()
        let configured = root.url.appendingPathComponent("bin")
        try Self.writeTools(in: configured, names: ["psql", "pg_restore"])

        #expect(throws: PostgresError.toolMissingFromFolder(tool: "pg_dump", folder: configured.path)) {
            try PostgresTools.locate(configuredFolder: configured.path, environment: [:])
        }
    }

    @Test func pathComesBeforeVersionedFolders() throws {
        let root = try TemporaryDirectory()
        let onPath = root.url.appendingPathComponent("path")
        let versioned = root.url.appendingPathComponent("postgresql")
        try Self.writeTools(in: onPath, names: ["psql"])
        try Self.writeTools(in: versioned.appendingPathComponent("16/bin"))

        let tools = try PostgresTools.locate(
            configuredFolder: nil, environment: ["PATH": onPath.path], versionedRoots: [versioned.path])

        #expect(tools.psql == onPath.appendingPathComponent("psql"))
        #expect(tools.pgDump == versioned.appendingPathComponent("16/bin/pg_dump"))
    }

    @Test func newestVersionedFolderByNumber() throws {
        let root = try TemporaryDirectory()
        let versioned = root.url.appendingPathComponent("postgresql")
        for version in ["9.6", "15", "16", "common"] {
            try Self.writeTools(in: versioned.appendingPathComponent("\(version)/bin"))
        }

        let tools = try PostgresTools.locate(
            configuredFolder: nil, environment: ["PATH": ""], versionedRoots: [versioned.path])

        #expect(tools.pgDump == versioned.appendingPathComponent("16/bin/pg_dump"))
    }

    @Test func missingToolListsWhereItLooked() throws {
        let root = try TemporaryDirectory()

        let error = #expect(throws: PostgresError.self) {
            try PostgresTools.locate(
                configuredFolder: nil, environment: ["PATH": root.path], versionedRoots: [root.path + "/pg"])
        }

        #expect(error == .toolNotFound(tool: "psql", searched: ["PATH", root.path + "/pg/*/bin"]))
        #expect(
            error?.message.english
                == "psql was not found in PATH, \(root.path)/pg/*/bin. Install the PostgreSQL client tools (Debian: "
                + "apt-get install postgresql-client), or give their folder with --pg-bin DIR or database.pg_bin in "
                + ".vixen-gate.yml.")
    }
}
