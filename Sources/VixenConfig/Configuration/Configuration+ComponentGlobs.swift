import VixenCore

extension Configuration {
    /// One configured component and the globs of the paths that belong to it.
    public struct ComponentGlobs: Sendable, Equatable {
        public let component: Component
        /// Never empty: the decoder rejects a component without globs.
        public let globs: [PathGlob]

        public init(component: Component, globs: [PathGlob]) {
            self.component = component
            self.globs = globs
        }
    }
}
