import Foundation
import VixenCore

/// The message of a lock commit: a summary line, a blank line, then the owner as JSON.
enum LockMessage {
    static func text(for owner: LockOwner, target: DeployTarget) -> String {
        "vixen-gate lock for \(target.stateTarget.rawValue)\n\n" + JSONText.encode(owner)
    }

    /// Reads the owner from the message of the lock commit `commit` of `reference`.
    ///
    /// - Throws: ``DeployStateError/malformedLock(reference:commit:)`` when the message holds no owner.
    static func owner(in message: String, reference: String, commit: ObjectID) throws(DeployStateError) -> LockOwner {
        guard let start = message.firstIndex(of: "{") else {
            throw .malformedLock(reference: reference, commit: commit)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(LockOwner.self, from: Data(message[start...].utf8))
        } catch {
            throw .malformedLock(reference: reference, commit: commit)
        }
    }
}
