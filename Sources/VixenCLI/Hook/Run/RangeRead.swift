import VixenChecks
import VixenConfig
import VixenCore
import VixenGit

/// One pushed ref's commits, read with the configuration at the range's base.
struct RangeRead {
    let ref: String
    let changes: ChangeSet
    let configuration: Configuration
    /// The custom secret rule files the configuration names, from the same commit.
    let customSecretRules: [RuleFileBytes]
    /// The secret baseline at the range's base, or nil when there is none.
    let baseline: SecretBaseline?

    /// Reads the commits reachable from `head` and from none of `hidden`.
    ///
    /// The configuration comes from `.vixen-gate.yml` at the range's base, which is the newest
    /// merge-base of the head with a hidden commit, or the head when they share no history. That
    /// base is known only once the range is read, but the file size limit applies while reading.
    /// So the read uses the configuration at a first guess (the one hidden commit, else the
    /// head) and is repeated only when the base's configuration sets other limits.
    static func read(
        ref: String, head: ObjectID, hidden: [ObjectID], repository: Repository, currentDirectory: String
    ) throws(RunFailure) -> RangeRead {
        let source = ConfigurationSource(
            repository: repository, explicitPath: nil, currentDirectory: currentDirectory, readsWorkTree: false)
        let guess = hidden.count == 1 ? hidden.first : nil
        var configuration = try source.load(base: guess, head: head)
        var changes = try readRange(repository, head: head, hidden: hidden, configuration: configuration)
        if changes.base != guess {
            let atBase = try source.load(base: changes.base, head: head)
            if Self.readOptions(atBase, repository) != Self.readOptions(configuration, repository) {
                changes = try readRange(repository, head: head, hidden: hidden, configuration: atBase)
            }
            configuration = atBase
        }
        let rules = try source.loadRules(configuration, base: changes.base, head: head)
        let baseline = try source.loadBaseline(configuration, base: changes.base)
        return RangeRead(
            ref: ref, changes: changes, configuration: configuration, customSecretRules: rules, baseline: baseline)
    }

    private static func readRange(
        _ repository: Repository, head: ObjectID, hidden: [ObjectID], configuration: Configuration
    ) throws(RunFailure) -> ChangeSet {
        do {
            return try repository.readRange(
                head: head, hiding: hidden, options: readOptions(configuration, repository))
        } catch {
            throw .git(error)
        }
    }

    private static func readOptions(_ configuration: Configuration, _ repository: Repository) -> ReadOptions {
        Gate(repository: repository, configuration: configuration).readOptions
    }
}
