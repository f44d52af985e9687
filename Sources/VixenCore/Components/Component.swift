/// A deployable or reviewable part of the repository, named as the team names it.
///
/// The built-in names are `BE`, `FE`, `DB`, `OPS`, `DOCS` and `TESTS`; a configuration may
/// add its own.
public struct Component: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public static let backend = Component("BE")
    public static let frontend = Component("FE")
    public static let database = Component("DB")
    public static let operations = Component("OPS")
    public static let docs = Component("DOCS")
    public static let tests = Component("TESTS")

    /// The built-in components in the order reports list them.
    public static let builtIn: [Component] = [.backend, .frontend, .database, .operations, .docs, .tests]

    /// Components whose changes are deployed; a range touching none of them deploys nothing.
    public var isDeployable: Bool { self != .docs && self != .tests }

    public var description: String { name }

    /// Orders built-in components first, in ``builtIn`` order, then the others by name.
    public static func < (lhs: Component, rhs: Component) -> Bool {
        let left = builtIn.firstIndex(of: lhs) ?? builtIn.count
        let right = builtIn.firstIndex(of: rhs) ?? builtIn.count
        if left != right {
            return left < right
        }
        return lhs.name < rhs.name
    }
}
