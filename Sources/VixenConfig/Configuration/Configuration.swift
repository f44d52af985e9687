import VixenCore

/// The settings read from `.vixen-gate.yml`.
///
/// Each top-level section is decoded in its own file under `Sections/` and registered in
/// ``Configuration/sections``. Sections that a file leaves out keep their defaults.
public struct Configuration: Sendable, Equatable {
    /// Globs per component in declaration order, or nil to detect components from the layout.
    ///
    /// When set, detection is off entirely.
    public var components: [ComponentGlobs]?
    public var limits: Limits
    /// Per-rule severities that replace the rules' own.
    public var severityOverrides: [RuleID: SeverityOverride]
    /// The rule ids under `severity` in file order, each with where it is written, for the
    /// error that ``validateSeverityRules(known:)`` raises once the custom rules are loaded.
    public var severityKeys: [Located<RuleID>] = []
    public var secrets: Secrets
    public var database: Database = .default
    public var checklist: Checklist = .default
    public var env: Env = .default
    /// The `coolify` section, or nil when the file has none.
    public var coolify: Coolify?
    public var migrations: Migrations
    /// The `deploy` section, which only `deploy`, `status` and `state` read.
    public var deploy: Deploy = .default

    public init(
        components: [ComponentGlobs]? = nil,
        limits: Limits = .default,
        severityOverrides: [RuleID: SeverityOverride] = [:],
        secrets: Secrets = .default,
        coolify: Coolify? = nil,
        migrations: Migrations = .default
    ) {
        self.components = components
        self.limits = limits
        self.severityOverrides = severityOverrides
        self.secrets = secrets
        self.coolify = coolify
        self.migrations = migrations
    }

    /// The configuration of a repository without `.vixen-gate.yml`, and of an empty file.
    public static let `default` = Configuration()

    /// Returns the severity that findings of `rule` get, or nil when the rule is turned off.
    ///
    /// The severity is the override when one is set, else `defaultSeverity`.
    public func severity(of rule: RuleID, default defaultSeverity: Severity) -> Severity? {
        switch severityOverrides[rule] {
        case nil: defaultSeverity
        case .severity(let severity): severity
        case .off: nil
        }
    }
}
