import Foundation
import VixenCore

/// A mark of critical severity on a change, which a hotfix needs.
public enum CriticalSeverity: Sendable, Equatable {
    /// A pending commit's message ends with a `Severity: critical` trailer.
    case trailer(commit: ObjectID)
    /// The change comes from a branch under `hotfix/`.
    case branch(String)
    /// `--severity critical` was given.
    case option

    /// Returns the first mark of critical severity: the option, then a `hotfix/` branch among
    /// `branches`, then a trailer on one of `commits`, newest first.
    public static func find(option: Bool, branches: [String], commits: [PendingChanges.Commit]) -> CriticalSeverity? {
        if option {
            return .option
        }
        if let branch = branches.first(where: { $0.hasPrefix("hotfix/") }) {
            return .branch(branch)
        }
        if let commit = commits.reversed().first(where: { hasCriticalTrailer($0.message) }) {
            return .trailer(commit: commit.id)
        }
        return nil
    }

    /// Returns true when the message's trailer block, its last paragraph, has a line
    /// `Severity: critical`, the key and the value in any case.
    ///
    /// Like `git interpret-trailers`, only the last paragraph counts, and never the summary line,
    /// so prose that mentions severity does not mark a commit.
    static func hasCriticalTrailer(_ message: String) -> Bool {
        let lines = message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var trailer: [Substring] = []
        var separated = false
        for line in lines.dropFirst().reversed() {
            if line.allSatisfy(\.isWhitespace) {
                if trailer.isEmpty {
                    continue
                }
                separated = true
                break
            }
            trailer.append(line)
        }
        // Without a blank line between them, the last lines belong to the summary's paragraph.
        guard separated else {
            return false
        }
        return trailer.contains { line in
            guard let colon = line.firstIndex(of: ":") else {
                return false
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).lowercased()
            return key == "severity" && value == "critical"
        }
    }
}
