import VixenCore

/// One family's checks over a change set.
///
/// A check reports every finding at its rule's default severity. ``CheckEngine`` then applies
/// the configuration's overrides and inline suppressions, so both work one way for every family.
public protocol Check: Sendable {
    func run(_ context: CheckContext) throws -> [Finding]
}
