import Foundation
import VixenCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of compiled rule databases, one file per cache key.
///
/// Compiling every rule into one Vectorscan database takes far longer than scanning a push,
/// so the database is serialized once and read back by later runs. Nothing read from the
/// folder is trusted: a file must carry the expected key and a matching checksum, and
/// Vectorscan must accept it, or the database is compiled again. A folder that cannot be
/// written only costs the compile time.
public struct DatabaseCache: Sendable {
    /// The cache's result for one scanner.
    public enum Outcome: Sendable, Equatable {
        /// No cache folder was configured or found.
        case disabled
        /// The database was read from the folder.
        case hit
        /// The database was compiled. `rejected` is the reason an existing file was not used,
        /// and `stored` is true when the new database was written to the folder.
        case compiled(rejected: Rejection?, stored: Bool)
    }

    /// The reason a cache file was not used.
    public enum Rejection: Sendable, Equatable {
        /// The file exists but cannot be read.
        case unreadable
        /// The header, lengths or checksum are wrong: a truncated or damaged file.
        case corrupt
        /// The file belongs to other rules, another Vectorscan or another CPU.
        case keyMismatch
        /// Vectorscan rejected the bytes.
        case incompatible
        /// The database read back does not find the rules' examples as the compiled one did.
        case failedVerification
    }

    /// The result of ``load(_:)``.
    enum Lookup {
        case missing
        case rejected(Rejection)
        case found(VectorscanDatabase, probe: [UInt8])
    }

    /// The first bytes of every cache file, with the format's version.
    static let magic = Array("VGSECDB1".utf8)

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Returns the cache folder: `configured` when set, else `$XDG_CACHE_HOME/vixen-gate`, else
    /// `~/.cache/vixen-gate`, or nil when none can be worked out.
    ///
    /// In `configured`, a leading `~/` stands for `$HOME`, and a relative path is resolved
    /// against `currentDirectory`. A relative `XDG_CACHE_HOME` is ignored, as the XDG base
    /// directory specification requires.
    public static func directory(
        configured: String?, environment: [String: String], currentDirectory: String
    ) -> URL? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let configured {
            if configured == "~" || configured.hasPrefix("~/") {
                guard let home else {
                    return nil
                }
                return URL(fileURLWithPath: home).appendingPathComponent(String(configured.dropFirst(2)))
            }
            return URL(fileURLWithPath: configured, relativeTo: URL(fileURLWithPath: currentDirectory))
                .standardizedFileURL
        }
        if let cacheHome = environment["XDG_CACHE_HOME"], cacheHome.hasPrefix("/") {
            return URL(fileURLWithPath: cacheHome).appendingPathComponent("vixen-gate")
        }
        guard let home else {
            return nil
        }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/vixen-gate")
    }

    /// Returns the key of a database: a hash of its expressions, the Vectorscan version and
    /// the CPU features the compiler targets.
    static func key(for expressions: [VectorscanExpression]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(magic)
        hasher.update(length: expressions.count)
        for expression in expressions {
            hasher.update(length: Int(expression.id))
            hasher.update(length: Int(expression.flags))
            hasher.update(length: expression.pattern.utf8.count)
            hasher.update(expression.pattern.utf8)
        }
        let version = VectorscanDatabase.libraryVersion
        hasher.update(length: version.utf8.count)
        hasher.update(version.utf8)
        let platform = VectorscanDatabase.hostPlatform()
        hasher.update(length: Int(platform.tune))
        hasher.update(length: Int(truncatingIfNeeded: platform.cpu_features))
        hasher.update(length: Int(truncatingIfNeeded: platform.reserved1))
        hasher.update(length: Int(truncatingIfNeeded: platform.reserved2))
        return hasher.finalize()
    }

    /// Returns the file that contains the database with `key`.
    func fileURL(for key: [UInt8]) -> URL {
        directory.appendingPathComponent("secrets-\(SHA256.hex(Array(key.prefix(16)))).hsdb")
    }

    /// Reads and checks the file for `key`.
    func load(_ key: [UInt8]) -> Lookup {
        let url = fileURL(for: key)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return .missing
        }
        guard let data = try? Data(contentsOf: url) else {
            return .rejected(.unreadable)
        }
        let file = CacheFile(bytes: Array(data))
        guard let contents = file.decode() else {
            return .rejected(.corrupt)
        }
        guard contents.key == key else {
            return .rejected(.keyMismatch)
        }
        guard let database = VectorscanDatabase.deserialize(contents.payload) else {
            return .rejected(.incompatible)
        }
        return .found(database, probe: contents.probe)
    }

    /// Writes `database` under `key`, returning false when the folder or file cannot be written.
    ///
    /// NOTE: files of earlier rule sets are not deleted, so the folder grows by one file (under
    /// 1 MiB for the built-in rules) each time the rules or Vectorscan change.
    ///
    /// The bytes go to a temporary file in the same folder, which is then renamed over the
    /// final name, so a reader never sees a half-written file and concurrent runs do not mix.
    func store(_ database: VectorscanDatabase, probe: [UInt8], key: [UInt8]) -> Bool {
        guard let payload = try? database.serialize() else {
            return false
        }
        let bytes = CacheFile.encode(key: key, probe: probe, payload: payload)
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return false
        }
        let destination = fileURL(for: key)
        let temporaryName = ".\(destination.lastPathComponent).\(getpid()).\(UUID().uuidString)"
        let temporary = directory.appendingPathComponent(temporaryName)
        guard Self.writeNewFile(bytes, to: temporary.path) else {
            unlink(temporary.path)
            return false
        }
        guard rename(temporary.path, destination.path) == 0 else {
            unlink(temporary.path)
            return false
        }
        return true
    }

    /// Writes `bytes` to a new file that no other process can have opened, and flushes it.
    private static func writeNewFile(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            return false
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 && errno == EINTR {
                continue
            }
            guard result > 0 else {
                return false
            }
            written += result
        }
        return fsync(descriptor) == 0
    }
}
