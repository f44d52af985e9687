import VixenCore

/// The rule files that ship with vixen-gate, compiled into the binary.
///
/// SwiftPM embeds each file of `Resources/rules` as a byte array (`.embedInCode`), so the
/// executable needs no resource folder beside it: a hook that calls it by absolute path, or a
/// binary copied alone onto the `PATH`, still finds its rules. SwiftPM generates one property
/// per file and no list of them, so a new rule file needs a line in ``embedded``. A test
/// compares that list with the folder.
public enum BuiltInRules {
    /// Every built-in rule file, sorted by name.
    static let embedded: [(name: String, bytes: [UInt8])] = [
        ("ai.yml", PackageResources.ai_yml),
        ("chat.yml", PackageResources.chat_yml),
        ("cloud.yml", PackageResources.cloud_yml),
        ("core.yml", PackageResources.core_yml),
        ("devtools.yml", PackageResources.devtools_yml),
        ("email.yml", PackageResources.email_yml),
        ("monitoring.yml", PackageResources.monitoring_yml),
        ("payments.yml", PackageResources.payments_yml),
        ("platforms.yml", PackageResources.platforms_yml),
        ("registries.yml", PackageResources.registries_yml),
        ("saas.yml", PackageResources.saas_yml),
        ("source-control.yml", PackageResources.source_control_yml),
    ]

    /// The names of the built-in rule files, as ``files()`` returns them.
    public static var names: [String] { embedded.map(\.name) }

    /// Returns every built-in rule file, sorted by name.
    ///
    /// Throws nothing today; the signature keeps callers ready for rule files read at run time.
    public static func files() throws(SecretsError) -> [RuleFileBytes] {
        embedded.map { RuleFileBytes(path: $0.name, source: $0.name, bytes: $0.bytes) }
    }
}
