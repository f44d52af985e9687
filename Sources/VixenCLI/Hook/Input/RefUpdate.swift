import VixenCore

/// One ref that a push creates, moves or deletes, as git describes it to a hook.
///
/// git describes it to the pre-push hook on the pushing side and to the pre-receive hook on the
/// receiving side. Both lines give the same change: the ref's old and new object ids on the
/// receiving side.
struct RefUpdate: Sendable, Equatable {
    /// The source of the update as the hook's input names it.
    ///
    /// For pre-push it is a full ref name, `(delete)`, or a revision as the user typed it, such
    /// as `HEAD~1`. For pre-receive it is the updated ref's name.
    let source: String
    /// The full name of the ref that changes on the receiving side, such as `refs/heads/main`.
    let ref: String
    /// The object the ref will point to, or nil when the push deletes the ref.
    let newID: ObjectID?
    /// The object the ref points to before the push, or nil when the push creates it.
    let oldID: ObjectID?

    var isDeletion: Bool { newID == nil }
    var isTag: Bool { ref.hasPrefix("refs/tags/") }
}
