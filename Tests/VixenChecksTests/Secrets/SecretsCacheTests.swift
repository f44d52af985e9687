import Foundation
import Testing
import VixenCore
import VixenTestSupport

@testable import VixenChecks

@Suite struct SecretsCacheTests {
    let folder: TemporaryDirectory
    let rules: [SecretRule]

    init() throws {
        folder = try TemporaryDirectory()
        rules = try SecretsFixtures.rules(
            SecretsFixtures.ruleFile(pattern: "tok_[a-z]{16}"),
            SecretsFixtures.ruleFile(id: "secret.other", pattern: "oth_[0-9]{12}", example: "oth_123456789012"))
    }

    private var cache: DatabaseCache { DatabaseCache(directory: folder.url.appendingPathComponent("cache")) }

    private func cacheFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).sorted()
    }

    private func onlyCacheFile() throws -> URL {
        let names = try cacheFiles()
        #expect(names.count == 1)
        return cache.directory.appendingPathComponent(names.first ?? "")
    }

    @Test func secondScannerReadsCache() throws {
        let first = try SecretScanner(rules: rules, cache: cache)
        #expect(first.cacheOutcome == .compiled(rejected: nil, stored: true))

        let names = try cacheFiles()
        #expect(names.count == 1)
        #expect(names.first?.hasPrefix("secrets-") == true)
        #expect(names.first?.hasSuffix(".hsdb") == true)

        let second = try SecretScanner(rules: rules, cache: cache)
        #expect(second.cacheOutcome == .hit)
        #expect(
            try SecretsFixtures.secrets(in: Array("a tok_abcdefghijklmnop b".utf8), scanner: second) == [
                "tok_abcdefghijklmnop"
            ])
    }

    @Test func changedRulesUseAnotherFile() throws {
        _ = try SecretScanner(rules: rules, cache: cache)
        let changed = try SecretScanner(rules: Array(rules.prefix(1)), cache: cache)
        #expect(changed.cacheOutcome == .compiled(rejected: nil, stored: true))
        #expect(try cacheFiles().count == 2)
    }

    @Test func corruptCacheRebuilt() throws {
        _ = try SecretScanner(rules: rules, cache: cache)
        let url = try onlyCacheFile()
        var bytes = Array(try Data(contentsOf: url))
        bytes[bytes.count - 10] ^= 0xFF
        try Data(bytes).write(to: url)

        let rebuilt = try SecretScanner(rules: rules, cache: cache)
        #expect(rebuilt.cacheOutcome == .compiled(rejected: .corrupt, stored: true))
        #expect(try SecretScanner(rules: rules, cache: cache).cacheOutcome == .hit)
    }

    @Test func truncatedCacheRebuilt() throws {
        _ = try SecretScanner(rules: rules, cache: cache)
        let url = try onlyCacheFile()
        let bytes = Array(try Data(contentsOf: url))
        try Data(bytes.prefix(bytes.count / 2)).write(to: url)

        #expect(
            try SecretScanner(rules: rules, cache: cache).cacheOutcome == .compiled(rejected: .corrupt, stored: true))
    }

    @Test func fileOfOtherRulesRejected() throws {
        let other = DatabaseCache(directory: folder.url.appendingPathComponent("other"))
        _ = try SecretScanner(rules: Array(rules.prefix(1)), cache: other)
        _ = try SecretScanner(rules: rules, cache: cache)
        let otherFile = other.directory.appendingPathComponent(
            try FileManager.default.contentsOfDirectory(atPath: other.directory.path)[0])
        let url = try onlyCacheFile()
        try FileManager.default.removeItem(at: url)
        try FileManager.default.copyItem(at: otherFile, to: url)

        #expect(
            try SecretScanner(rules: rules, cache: cache).cacheOutcome
                == .compiled(rejected: .keyMismatch, stored: true))
    }

    @Test func databaseOfOtherRulesFailsVerification() throws {
        // A file with this rule set's key and a valid checksum, but another rule set's database.
        let other = DatabaseCache(directory: folder.url.appendingPathComponent("other"))
        let otherRules = try SecretsFixtures.rules(
            SecretsFixtures.ruleFile(id: "secret.a", pattern: "zzz_[a-z]{16}", example: "zzz_abcdefghijklmnop"),
            SecretsFixtures.ruleFile(id: "secret.b", pattern: "yyy_[0-9]{12}", example: "yyy_123456789012"))
        _ = try SecretScanner(rules: otherRules, cache: other)
        _ = try SecretScanner(rules: rules, cache: cache)

        let otherFile = other.directory.appendingPathComponent(
            try FileManager.default.contentsOfDirectory(atPath: other.directory.path)[0])
        let url = try onlyCacheFile()
        let otherContents = try #require(CacheFile(bytes: Array(try Data(contentsOf: otherFile))).decode())
        let ownContents = try #require(CacheFile(bytes: Array(try Data(contentsOf: url))).decode())
        let forged = CacheFile.encode(key: ownContents.key, probe: ownContents.probe, payload: otherContents.payload)
        try Data(forged).write(to: url)

        let scanner = try SecretScanner(rules: rules, cache: cache)
        #expect(scanner.cacheOutcome == .compiled(rejected: .failedVerification, stored: true))
        #expect(
            try SecretsFixtures.secrets(in: Array("tok_abcdefghijklmnop".utf8), scanner: scanner) == [
                "tok_abcdefghijklmnop"
            ])
    }

    @Test func unwritableFolderStillScans() throws {
        // A regular file where the cache's parent folder should be: nothing can be created under it.
        let blocker = folder.url.appendingPathComponent("blocker")
        try Data("not a folder".utf8).write(to: blocker)
        let blocked = DatabaseCache(directory: blocker.appendingPathComponent("cache"))

        let scanner = try SecretScanner(rules: rules, cache: blocked)
        #expect(scanner.cacheOutcome == .compiled(rejected: nil, stored: false))
        #expect(
            try SecretsFixtures.secrets(in: Array("oth_123456789012".utf8), scanner: scanner) == ["oth_123456789012"])
    }

    @Test func unreadableCacheFileRebuilt() throws {
        _ = try SecretScanner(rules: rules, cache: cache)
        let url = try onlyCacheFile()
        // A folder in the file's place cannot be read as a file, even by root, and cannot be
        // renamed over, so the new database is not stored either.
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("inner"), withIntermediateDirectories: true)

        let scanner = try SecretScanner(rules: rules, cache: cache)
        #expect(scanner.cacheOutcome == .compiled(rejected: .unreadable, stored: false))
        #expect(try cacheFiles() == [url.lastPathComponent])
    }

    @Test func storeLeavesNoTemporaryFiles() throws {
        _ = try SecretScanner(rules: rules, cache: cache)
        _ = try SecretScanner(rules: Array(rules.prefix(1)), cache: cache)
        let names = try cacheFiles()
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.hasPrefix("secrets-") })
        #expect(names.allSatisfy { $0.hasSuffix(".hsdb") })
    }

    @Test func noCacheConfigured() throws {
        #expect(try SecretScanner(rules: rules).cacheOutcome == .disabled)
    }

    @Test func folderResolution() {
        let home = ["HOME": "/home/ana"]
        #expect(
            DatabaseCache.directory(configured: nil, environment: home, currentDirectory: "/work")?.path
                == "/home/ana/.cache/vixen-gate")
        #expect(
            DatabaseCache.directory(
                configured: nil, environment: home.merging(["XDG_CACHE_HOME": "/var/cache/ana"]) { $1 },
                currentDirectory: "/work")?.path == "/var/cache/ana/vixen-gate")
        #expect(
            DatabaseCache.directory(
                configured: nil, environment: home.merging(["XDG_CACHE_HOME": "relative/cache"]) { $1 },
                currentDirectory: "/work")?.path == "/home/ana/.cache/vixen-gate")
        #expect(
            DatabaseCache.directory(configured: "~/vg-cache", environment: home, currentDirectory: "/work")?.path
                == "/home/ana/vg-cache")
        #expect(
            DatabaseCache.directory(configured: "build/cache", environment: home, currentDirectory: "/work")?.path
                == "/work/build/cache")
        #expect(
            DatabaseCache.directory(configured: "/opt/cache", environment: home, currentDirectory: "/work")?.path
                == "/opt/cache")
        #expect(DatabaseCache.directory(configured: nil, environment: [:], currentDirectory: "/work") == nil)
        #expect(DatabaseCache.directory(configured: "~/x", environment: [:], currentDirectory: "/work") == nil)
    }
}
