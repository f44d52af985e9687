/// The action a `vixen-gate rules` command line requests.
public enum RulesRequest: Sendable, Equatable {
    /// `rules`: list every rule.
    case list(RulesListOptions)
    /// `rules check [FILE...]`: validate rule files.
    case check(RulesCheckOptions)
}

/// The options of `vixen-gate rules`.
public struct RulesListOptions: Sendable, Equatable {
    public var format: RulesListFormat
    /// The configuration file that names custom rule files, or nil for the repository's `.vixen-gate.yml`.
    public var config: String?

    public init(format: RulesListFormat = .text, config: String? = nil) {
        self.format = format
        self.config = config
    }
}

/// The options of `vixen-gate rules check`.
public struct RulesCheckOptions: Sendable, Equatable {
    /// The rule files to check, or empty to check the built-in and configured ones.
    public var files: [String]
    public var warningsAsErrors: Bool
    /// The configuration file that names custom rule files, or nil for the repository's `.vixen-gate.yml`.
    public var config: String?

    public init(files: [String] = [], warningsAsErrors: Bool = false, config: String? = nil) {
        self.files = files
        self.warningsAsErrors = warningsAsErrors
        self.config = config
    }
}

/// The formats `vixen-gate rules` lists rules in.
public enum RulesListFormat: String, CaseIterable, Sendable {
    case text
    case json
}
