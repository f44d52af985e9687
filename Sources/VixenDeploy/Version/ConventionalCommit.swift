/// The type and breaking mark of one commit message, read by the rules of Conventional Commits 1.0.0.
///
/// The summary line `type(scope)!: description` gives the type, and `!` marks a breaking change.
/// A footer line that starts with `BREAKING CHANGE:` or `BREAKING-CHANGE:` (upper case, as the
/// specification requires) marks one too. It counts in any commit, even one whose summary follows no
/// convention, because its author stated that the change breaks callers. Types are compared without
/// regard to case, as the specification requires.
public struct ConventionalCommit: Sendable, Equatable {
    /// The type in lower case, such as `feat` or `fix`, or nil when the summary follows no convention.
    public let type: String?
    public let isBreaking: Bool

    public init(message: String) {
        // `\r\n` is one Character in Swift, which `isNewline` matches as it matches `\n`.
        let lines = message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let header = Self.parseHeader(lines.first ?? "")
        type = header?.type
        let breakingFooter = lines.dropFirst().contains { line in
            line.hasPrefix("BREAKING CHANGE:") || line.hasPrefix("BREAKING-CHANGE:")
        }
        isBreaking = (header?.breaking ?? false) || breakingFooter
    }

    public var followsConvention: Bool { type != nil }

    /// The bump the commit calls for: major for a breaking change, minor for `feat`, and patch for
    /// everything else, `fix` and `perf` as well as other types and commits that follow no convention.
    ///
    /// Other types (`docs`, `chore`, `refactor` and the rest) raise the patch too, because every
    /// deployment gets a version of its own.
    public var bump: VersionBump {
        if isBreaking {
            return .major
        }
        return type == "feat" ? .minor : .patch
    }

    /// Reads `type(scope)!: description`: a type of ASCII letters, digits, `-` and `_` starting with a
    /// letter, an optional scope in parentheses, an optional `!`, then `:`, a space and a description.
    private static func parseHeader(_ line: Substring) -> (type: String, breaking: Bool)? {
        var rest = line[...]
        let type = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        guard let first = type.first, first.isLetter else {
            return nil
        }
        rest = rest.dropFirst(type.count)
        if rest.first == "(" {
            guard let close = rest.firstIndex(of: ")") else {
                return nil
            }
            let scope = rest[rest.index(after: rest.startIndex)..<close]
            guard !scope.isEmpty, !scope.contains("(") else {
                return nil
            }
            rest = rest[rest.index(after: close)...]
        }
        let breaking = rest.first == "!"
        if breaking {
            rest = rest.dropFirst()
        }
        guard rest.hasPrefix(": ") else {
            return nil
        }
        guard rest.dropFirst(2).contains(where: { !$0.isWhitespace }) else {
            return nil
        }
        return (type.lowercased(), breaking)
    }
}
