/// Recognizes files of the JavaScript ecosystem by name: sources, styles, markup, images and
/// fonts, and the package manager's and build tools' own files.
enum FrontendFile {
    private static let extensions: Set<String> = [
        "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue", "svelte", "astro",
        "css", "scss", "sass", "less", "html", "htm",
        // Images and fonts, which a web app serves and a Python app rarely keeps at its root.
        "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "woff", "woff2", "ttf", "otf", "eot",
    ]
    private static let names: Set<String> = [
        "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml",
        "pnpm-workspace.yaml", "bun.lock", "bun.lockb", ".nvmrc", ".npmrc", ".node-version", ".yarnrc", ".yarnrc.yml",
    ]
    private static let namePrefixes = [
        "tsconfig", "jsconfig", ".eslintrc", "eslint.config", ".prettierrc", "prettier.config", ".babelrc",
        "babel.config", "vite.config", "vitest.config", "webpack.config", "rollup.config", "next.config",
        "nuxt.config", "svelte.config", "tailwind.config", "postcss.config", ".stylelintrc", ".browserslistrc",
    ]

    static func matches(_ path: String) -> Bool {
        let name = String(RepositoryPath.name(of: Substring(path)))
        if names.contains(name) || namePrefixes.contains(where: { name.hasPrefix($0) }) {
            return true
        }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return false
        }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
