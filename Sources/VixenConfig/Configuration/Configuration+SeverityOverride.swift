import VixenCore

extension Configuration {
    /// A severity set for one rule in the `severity` section.
    public enum SeverityOverride: Sendable, Equatable {
        case severity(Severity)
        /// The rule does not run, so it reports nothing.
        case off

        /// The names accepted in the file, in the order messages list them.
        static let names = ["error", "warning", "info", "off"]

        /// Parses one of ``names``.
        init?(name: String) {
            if name == "off" {
                self = .off
            } else if let severity = Severity(rawValue: name) {
                self = .severity(severity)
            } else {
                return nil
            }
        }
    }
}
