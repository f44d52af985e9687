extension DeployTarget {
    /// The prefix of the notes references that hold each environment's state notes.
    public static let notesReferencePrefix = "refs/notes/vixen-gate/"
    /// The prefix of the references that lock an environment while a runner works on it.
    public static let lockReferencePrefix = "refs/vixen-gate/lock/"

    /// The environments that have state of their own: staging and production.
    public static let stateTargets: [DeployTarget] = [.staging, .production]

    /// The notes reference whose notes record ``stateTarget``'s deployments, such as
    /// `refs/notes/vixen-gate/staging`.
    public var notesReference: String {
        Self.notesReferencePrefix + stateTarget.rawValue
    }

    /// The reference that a runner holds while it works on ``stateTarget``.
    public var lockReference: String {
        Self.lockReferencePrefix + stateTarget.rawValue
    }
}
