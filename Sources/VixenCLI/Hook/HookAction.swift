/// The action that `vixen-gate hook <command>` requests.
public enum HookAction: Sendable, Equatable {
    /// Check a push from the pushing side, as git's pre-push hook.
    case prePush(remote: String, url: String)
    /// Check a push on the receiving side, as git's pre-receive hook.
    case preReceive
    /// Check the push that the pre-commit framework's pre-push stage describes.
    case preCommit
    /// Install the pre-push hook; `hooksPath` allows installing into `core.hooksPath`'s folder.
    case install(hooksPath: Bool)
    /// Remove the installed pre-push hook and restore the previous one.
    case uninstall
}
