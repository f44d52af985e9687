import VixenCore

extension Configuration {
    /// The `env` section: where environment variables are documented besides the standard
    /// files, which variables need no documentation, and which prefixes reach the browser.
    public struct Env: Sendable, Equatable {
        /// Variables that the system, the language runtime or the tooling sets, which a team
        /// does not document.
        public static let defaultIgnored = [
            "PATH", "HOME", "USER", "SHELL", "PWD", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TERM", "TMPDIR", "HOSTNAME",
            "NODE_ENV", "CI", "PYTHONPATH", "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "VIRTUAL_ENV", "GITHUB_*",
            "RUNNER_*",
        ]
        /// The prefixes that put a variable into a browser bundle: Vite's `VITE_`, Next.js's
        /// `NEXT_PUBLIC_`, Create React App's `REACT_APP_` and Nuxt's `NUXT_PUBLIC_`.
        public static let defaultBrowserPrefixes = ["VITE_", "NEXT_PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_"]

        /// More documentation files, relative to the repository root: Markdown files (`.md`,
        /// `.markdown`) are read for tables, any other file as dotenv.
        public var documentation: [String]
        /// Names that need no documentation, ``defaultIgnored`` and the file's `ignore` list.
        ///
        /// A name that ends with `*` stands for every name that starts with the text before it.
        public var ignored: [String]
        public var browserPrefixes: [String]

        public init(
            documentation: [String] = [], ignored: [String] = Env.defaultIgnored,
            browserPrefixes: [String] = Env.defaultBrowserPrefixes
        ) {
            self.documentation = documentation
            self.ignored = ignored
            self.browserPrefixes = browserPrefixes
        }

        public static let `default` = Env()

        /// Returns whether `name` needs no documentation; `isCaseSensitive` false compares in upper case.
        public func isIgnored(_ name: String, isCaseSensitive: Bool = true) -> Bool {
            let key = isCaseSensitive ? name : name.uppercased()
            return ignored.contains { pattern in
                let pattern = isCaseSensitive ? pattern : pattern.uppercased()
                if pattern.hasSuffix("*") {
                    return key.hasPrefix(pattern.dropLast())
                }
                return key == pattern
            }
        }

        /// Returns the browser prefix that `name` starts with, or nil when the name stays on the server.
        public func browserPrefix(of name: String) -> String? {
            browserPrefixes.first { name.hasPrefix($0) }
        }
    }
}
