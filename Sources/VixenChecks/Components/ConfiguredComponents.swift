import VixenConfig
import VixenCore

/// The `components` section of the configuration, ready to match paths.
struct ConfiguredComponents: Sendable {
    private struct Entry: Sendable {
        let glob: PathGlob
        let component: Component
    }

    /// Every glob of every component, in declaration order.
    private let entries: [Entry]

    init(_ components: [Configuration.ComponentGlobs]) {
        entries = components.flatMap { declared in
            declared.globs.map { Entry(glob: $0, component: declared.component) }
        }
    }

    /// Returns the component of the most specific matching glob; a tie goes to the glob declared first.
    func component(for path: String) -> Component? {
        var best: Entry?
        for entry in entries where entry.glob.matches(path) {
            if let current = best, current.glob.specificity >= entry.glob.specificity {
                continue
            }
            best = entry
        }
        return best?.component
    }
}
