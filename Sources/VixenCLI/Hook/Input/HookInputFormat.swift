/// The layout of the lines that git writes to a hook's standard input, one line per ref.
enum HookInputFormat: Sendable, Equatable {
    /// `<local ref> SP <local oid> SP <remote ref> SP <remote oid>`, written to pre-push.
    case prePush
    /// `<old oid> SP <new oid> SP <ref name>`, written to pre-receive.
    case preReceive

    /// The line's layout as git's documentation writes it, quoted in error messages.
    var lineDescription: String {
        switch self {
        case .prePush: "<local ref> SP <local oid> SP <remote ref> SP <remote oid>"
        case .preReceive: "<old oid> SP <new oid> SP <ref name>"
        }
    }
}
