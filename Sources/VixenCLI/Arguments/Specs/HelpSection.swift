import VixenCore

/// A titled list of terms and descriptions that a command adds at the end of its help, such as
/// the exit statuses of `check`.
struct HelpSection: Sendable {
    struct Entry: Sendable {
        /// The term as printed in both languages, such as an exit status.
        let term: String
        let description: LocalizedText
    }

    let heading: LocalizedText
    let entries: [Entry]
}
