import VixenCore

extension Configuration {
    /// The `secrets` section: custom rule files, allowlists, the baseline file and where the compiled
    /// rules are cached.
    public struct Secrets: Sendable, Equatable {
        /// Rule files to load besides the built-in ones, as written: paths relative to the
        /// repository root.
        public var ruleFiles: [Located<String>]
        /// The folder for the compiled rule database, or nil for the user's cache folder.
        ///
        /// Kept as written. `~/` stands for the home folder, and a relative path is resolved
        /// against the current directory by whoever opens the cache.
        public var cacheDirectory: String?
        /// Exceptions that apply to every secret rule.
        public var allowlist: SecretAllowlist
        /// Exceptions that apply to one rule each, on top of ``allowlist``.
        public var ruleAllowlists: [RuleID: SecretAllowlist]
        /// The baseline file, relative to the repository root, with `/` separators.
        public var baselinePath: String

        /// The baseline file when the configuration names none.
        public static let defaultBaselinePath = ".vixen-gate-baseline.json"

        public init(
            ruleFiles: [Located<String>] = [],
            cacheDirectory: String? = nil,
            allowlist: SecretAllowlist = SecretAllowlist(),
            ruleAllowlists: [RuleID: SecretAllowlist] = [:],
            baselinePath: String = Secrets.defaultBaselinePath
        ) {
            self.ruleFiles = ruleFiles
            self.cacheDirectory = cacheDirectory
            self.allowlist = allowlist
            self.ruleAllowlists = ruleAllowlists
            self.baselinePath = baselinePath
        }

        public static let `default` = Secrets()

        /// Returns true when the secret scan skips `path`, a path relative to the repository root.
        ///
        /// It skips the files that `allowlist.paths` matches, and the rule files this section
        /// names, because their examples must match their own rules by design. `rules check`
        /// checks those examples instead.
        public func skipsScan(of path: String) -> Bool {
            ruleFiles.contains { $0.value == path } || allowlist.paths.contains { $0.matches(path) }
        }
    }

    /// Values that are not secrets, or files that hold none, as the team declares them.
    public struct SecretAllowlist: Sendable, Equatable {
        /// Files whose added lines are not scanned.
        public var paths: [PathGlob]
        /// PCRE2 patterns; a secret that one of them matches is not reported.
        ///
        /// They are compiled by the secret scanner, not here, so each keeps its position in the
        /// file for the error that names a pattern PCRE2 rejects.
        public var regexes: [Located<String>]
        /// Lowercase words; a secret that contains one of them, ignoring case, is not reported.
        public var stopwords: [String]

        public init(paths: [PathGlob] = [], regexes: [Located<String>] = [], stopwords: [String] = []) {
            self.paths = paths
            self.regexes = regexes
            self.stopwords = stopwords
        }

        public var isEmpty: Bool { paths.isEmpty && regexes.isEmpty && stopwords.isEmpty }
    }

    /// A value read from the configuration with the place it was written, for errors found
    /// after parsing.
    public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
        public let value: Value
        /// The file's display name, as in ``ConfigurationError/source``.
        public let source: String
        public let line: Int
        public let column: Int

        public init(_ value: Value, source: String, line: Int, column: Int) {
            self.value = value
            self.source = source
            self.line = line
            self.column = column
        }

        /// The position as `source:line:column`, the form compilers and editors use.
        public var position: String { "\(source):\(line):\(column)" }
    }
}
