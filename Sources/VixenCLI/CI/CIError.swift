import VixenCore

/// A failure to read the range from the CI's variables.
///
/// Every case stops the check with exit status 2.
enum CIError: Error, Sendable, Equatable {
    /// No variable of a known CI is set to `true`.
    ///
    /// `lookedFor` contains the variables checked, as `NAME=true (CI)`.
    case unknownEnvironment(lookedFor: [String])
    case missingVariable(String, provider: CIProvider)
    case invalidCommitID(String, source: LocalizedText)
    case eventUnreadable(path: String, reason: String)
    case eventNotAnObject(path: String)
    case missingEventField(String, event: String, path: String)
    /// The range must start at the default branch, but none of `sources` names it.
    case missingDefaultBranch(reason: LocalizedText, sources: [String])

    var message: LocalizedText {
        switch self {
        case .unknownEnvironment(let lookedFor): Catalog.ciUnknownEnvironment(lookedFor: lookedFor)
        case .missingVariable(let name, let provider): Catalog.ciMissingVariable(name, provider: provider.rawValue)
        case .invalidCommitID(let value, let source): Catalog.ciInvalidCommitID(value, source: source)
        case .eventUnreadable(let path, let reason): Catalog.ciEventUnreadable(path: path, reason: reason)
        case .eventNotAnObject(let path): Catalog.ciEventNotAnObject(path: path)
        case .missingEventField(let field, let event, let path):
            Catalog.ciMissingEventField(field, event: event, path: path)
        case .missingDefaultBranch(let reason, let sources):
            Catalog.ciMissingDefaultBranch(reason: reason, sources: sources)
        }
    }
}
