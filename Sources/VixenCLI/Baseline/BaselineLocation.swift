import Foundation
import VixenChecks
import VixenCore

/// Reads and writes baseline files on disk.
enum BaselineLocation {
    /// Returns the baseline in the file at `url`, or nil when there is no file there.
    ///
    /// - Throws: ``RunFailure`` when the file cannot be read or is not a valid baseline, naming
    ///   it by `displayName`.
    static func read(_ url: URL, displayName: String) throws(RunFailure) -> SecretBaseline? {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return nil
        }
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw .message(Catalog.baselineUnreadable(displayName, reason: error.localizedDescription))
        }
        return try decode(bytes, displayName: displayName)
    }

    static func decode(_ bytes: [UInt8], displayName: String) throws(RunFailure) -> SecretBaseline {
        do {
            return try BaselineFile.decode(bytes, file: displayName)
        } catch {
            throw .message(error.message)
        }
    }

    /// Replaces the file at `url` with `bytes` in one step, so a reader never sees half a file,
    /// creating the folders it needs.
    static func write(_ bytes: [UInt8], to url: URL, displayName: String) throws(RunFailure) {
        do {
            let folder = url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw .message(Catalog.baselineUnwritable(displayName, reason: error.localizedDescription))
        }
    }
}
