/// Generic rules in package managers' lock files.
///
/// Lock files are written by tools, not people, and consist of package names, versions, URLs and
/// hashes. A generic rule matches a `token` or `secret` in a package name next to a hash there,
/// never a credential someone typed. Provider rules still apply: a real `sk_live_...` key
/// in a lock file is reported, because a provider's format is evidence wherever it appears.
struct LockFileFilter: FalseAlarmFilter {
    /// File names of the lock files of npm, Yarn, pnpm, Bun, uv, Poetry, Pipenv, PDM, Cargo, Go
    /// modules, Composer and Bundler.
    static let fileNames: Set<Substring> = [
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "uv.lock",
        "poetry.lock", "Pipfile.lock", "pdm.lock", "Cargo.lock", "go.sum", "composer.lock", "Gemfile.lock",
    ]

    func isFalseAlarm(_ candidate: SecretCandidate) -> Bool {
        candidate.rule.isGeneric && Self.fileNames.contains(candidate.fileName)
    }
}
