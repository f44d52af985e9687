import VixenConfig
import VixenCore

/// Maps repository paths to components: BE, FE, DB, OPS, DOCS, TESTS or configured ones.
///
/// A configuration with a `components` section decides alone: a path gets the component
/// of its most specific matching glob, meaning the one with the most literal characters
/// before its first wildcard, and a tie goes to the glob declared first. A path that no
/// glob matches has no component.
///
/// Without that section, the rules in `Rules/` detect components from the repository
/// layout, and each path gets at most one component by this precedence:
///
/// | Rank | Kind of rule                               | Winner when several rules of the kind match          |
/// |------|--------------------------------------------|------------------------------------------------------|
/// | 1    | File name: TESTS, OPS, DOCS                | TESTS, then OPS, then DOCS                           |
/// | 2    | Folder: TESTS, DB, OPS, DOCS, FE, BE       | The deepest folder, then TESTS > DB > OPS > DOCS > FE > BE |
/// | 3    | No rule matches                            | No component                                         |
///
/// So migrations inside the backend are DB, tests inside a component are TESTS,
/// `backend/Dockerfile` is OPS and `frontend/README.md` is DOCS. A Python app at the root
/// claims the root folder, the shallowest of all, so every path that no other rule
/// matches is BE.
public struct ComponentResolver: Sendable {
    private enum Strategy: Sendable {
        case configured(ConfiguredComponents)
        case detected(LayoutDetector)
    }

    private let strategy: Strategy

    /// Prepares the resolver, reading the snapshot now so that resolving paths does no I/O.
    ///
    /// Detection reads the snapshot's paths and its `alembic.ini` files. With configured
    /// components the snapshot is not read. Errors are the snapshot's own, thrown when an
    /// `alembic.ini` cannot be read.
    public init(configuration: Configuration, snapshot: any RepositorySnapshot) throws {
        if let components = configuration.components {
            strategy = .configured(ConfiguredComponents(components))
        } else {
            strategy = .detected(try LayoutDetector(snapshot: snapshot))
        }
    }

    /// Returns the component of a repository-relative path, or nil when nothing matches.
    ///
    /// The path need not exist in the snapshot, so deleted files resolve too.
    public func component(for path: String) -> Component? {
        switch strategy {
        case .configured(let configured): configured.component(for: path)
        case .detected(let detector): detector.component(for: path)
        }
    }

    /// Returns the components of `paths`, each once, in ``Component`` order.
    public func components(for paths: [String]) -> [Component] {
        Set(paths.compactMap { component(for: $0) }).sorted()
    }
}
