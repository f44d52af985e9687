import Foundation
import VixenChecks
import VixenConfig
import VixenCore
import VixenGit

extension ConfigurationSource {
    /// Returns the secret baseline `configuration` names (`secrets.baseline`), read from where
    /// ``load(base:head:)`` read the configuration, or nil when there is no such file.
    ///
    /// A range of commits uses the file at its base, so a baseline added by the range itself
    /// does not silence the range's findings. A range from the root has no base, so no baseline
    /// applies to it: every commit in it is new. `--staged`, `--worktree` and `--config` read the
    /// work tree's file, as they do for the custom rule files.
    ///
    /// - Throws: ``RunFailure`` when the file exists but cannot be read or is not a valid baseline.
    func loadBaseline(_ configuration: Configuration, base: ObjectID?) throws(RunFailure) -> SecretBaseline? {
        let path = configuration.secrets.baselinePath
        if explicitPath != nil || readsWorkTree {
            guard let workTree = repository.workTree else {
                return nil
            }
            let url = URL(fileURLWithPath: workTree).appendingPathComponent(path)
            return try BaselineLocation.read(url, displayName: path)
        }
        guard let base else {
            return nil
        }
        let bytes: [UInt8]?
        do {
            bytes = try repository.fileContents(path, at: base)
        } catch {
            throw .git(error)
        }
        return try bytes.map { bytes throws(RunFailure) in
            try BaselineLocation.decode(bytes, displayName: "\(base.short):\(path)")
        }
    }
}
