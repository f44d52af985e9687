import VixenCore

extension Configuration {
    /// The `checklist` section: limits for assets, facts about how images are deployed, and the
    /// test command of each component.
    public struct Checklist: Sendable, Equatable {
        /// Size in bytes above which a changed image is reported; 300 KB (300,000 bytes) by default.
        public var maxImageSize: Int64
        /// Size in bytes above which a changed font is reported; 1 MB (1,000,000 bytes) by default.
        public var maxFontSize: Int64
        /// Size in bytes above which a changed video is reported; 1 MB (1,000,000 bytes) by default.
        public var maxVideoSize: Int64
        /// Size in bytes from which a PNG or JPEG is worth serving as WebP or AVIF; 100 KB by default.
        public var modernFormatMinSize: Int64
        /// True when Coolify runs a health check for the deployed images, so a Dockerfile needs
        /// no `HEALTHCHECK` of its own.
        public var healthcheckConfigured: Bool
        /// Build contexts by Dockerfile path, for Dockerfiles built from another folder than their own.
        ///
        /// Paths are relative to the repository root without a leading or trailing `/`, and the
        /// root itself is the empty string.
        public var buildContexts: [String: String]
        /// The test commands, in the order the file lists them.
        public var tests: [TestCommand]

        public init(
            maxImageSize: Int64 = 300_000,
            maxFontSize: Int64 = 1_000_000,
            maxVideoSize: Int64 = 1_000_000,
            modernFormatMinSize: Int64 = 100_000,
            healthcheckConfigured: Bool = false,
            buildContexts: [String: String] = [:],
            tests: [TestCommand] = []
        ) {
            self.maxImageSize = maxImageSize
            self.maxFontSize = maxFontSize
            self.maxVideoSize = maxVideoSize
            self.modernFormatMinSize = modernFormatMinSize
            self.healthcheckConfigured = healthcheckConfigured
            self.buildContexts = buildContexts
            self.tests = tests
        }

        public static let `default` = Checklist()

        /// Returns the test command configured for `component`, if any.
        public func testCommand(for component: Component) -> TestCommand? {
            tests.first { $0.component == component }
        }
    }

    /// The way to run one component's tests: a shell command and the folder it runs in.
    public struct TestCommand: Sendable, Equatable {
        /// The keys the `tests` mapping accepts, and the component each one is.
        public static let componentKeys: [(key: String, component: Component)] = [
            ("backend", .backend), ("frontend", .frontend),
        ]

        public let component: Component
        /// The command, run with `/bin/sh -c`.
        public let command: String
        /// The folder it runs in, relative to the work tree's root; empty for the root itself.
        public let directory: String

        public init(component: Component, command: String, directory: String = "") {
            self.component = component
            self.command = command
            self.directory = directory
        }

        /// The key of ``component`` in the `tests` mapping, such as `backend`.
        public var key: String {
            Self.componentKeys.first { $0.component == component }?.key ?? component.name
        }
    }
}
