import CVectorscan
import Foundation
import VixenConfig
import VixenCore

/// Every secret rule compiled for scanning: one Vectorscan database for all patterns and
/// keywords, and a PCRE2 pattern per rule to confirm its hits.
///
/// The scanner is immutable and shared by all threads; each thread scans through its own
/// ``SecretScanSession``.
public final class SecretScanner: @unchecked Sendable {
    public let rules: [SecretRule]
    /// The database cache's result while the scanner was built.
    public let cacheOutcome: DatabaseCache.Outcome

    let compiledRules: [CompiledRule]
    /// Lowercase keywords of all rules, each once; expression ids after the rules' refer to them.
    let keywords: [String]
    let keywordLengths: [Int]
    let database: VectorscanDatabase
    let maximumCaptureCount: Int
    /// The scratch that sessions clone, so each thread gets its own.
    private let prototypeScratch: VectorscanScratch
    /// Serializes clones of ``prototypeScratch``, which Vectorscan reads while copying it.
    private let cloneLock = NSLock()

    /// Compiles `rules`, reading the database from `cache` when it contains a valid one.
    ///
    /// - Parameter settings: The configuration's allowlists, which every rule applies on top
    ///   of its own.
    /// - Throws: ``SecretsError`` naming the rule whose pattern Vectorscan or PCRE2 rejects,
    ///   or the allowlist pattern PCRE2 rejects.
    public convenience init(
        rules: [SecretRule], settings: Configuration.Secrets = .default, cache: DatabaseCache? = nil
    ) throws(SecretsError) {
        try self.init(rules: rules, settings: settings, cache: cache, precompiled: nil)
    }

    /// Compiles `rules` around `precompiled`, a database of ``expressions(for:)`` of the same
    /// rules, when the caller has one.
    ///
    /// `rules check` compiles such a database first, to find the patterns Vectorscan rejects.
    init(
        rules: [SecretRule], settings: Configuration.Secrets, cache: DatabaseCache?,
        precompiled: VectorscanDatabase?
    ) throws(SecretsError) {
        let keywords = Self.keywords(of: rules)
        var keywordIndex: [String: Int] = [:]
        for (index, keyword) in keywords.enumerated() {
            keywordIndex[keyword] = index
        }

        let globalAllowlist = try Self.compileConfigured(settings.allowlist.regexes)
        var compiled: [CompiledRule] = []
        for rule in rules {
            let configured = settings.ruleAllowlists[rule.id] ?? Configuration.SecretAllowlist()
            let allowlist =
                try Self.compileAllowlist(of: rule) + globalAllowlist
                + Self.compileConfigured(configured.regexes)
            let filter = SecretFilter(
                minEntropy: rule.minEntropy,
                stopwords: rule.stopwords + settings.allowlist.stopwords + configured.stopwords,
                allowlist: allowlist)
            compiled.append(
                CompiledRule(
                    rule: rule, confirm: try Self.compileConfirm(of: rule), filter: filter,
                    keywordIndices: rule.keywords.compactMap { keywordIndex[$0] }))
        }

        let loaded: LoadedDatabase
        if let precompiled {
            loaded = LoadedDatabase(
                database: precompiled, scratch: try VectorscanScratch(for: precompiled), outcome: .disabled)
        } else {
            loaded = try Self.loadDatabase(Self.expressions(for: rules), rules: rules, cache: cache)
        }
        self.rules = rules
        self.compiledRules = compiled
        self.keywords = keywords
        self.keywordLengths = keywords.map(\.utf8.count)
        self.database = loaded.database
        self.prototypeScratch = loaded.scratch
        self.cacheOutcome = loaded.outcome
        self.maximumCaptureCount = compiled.map(\.confirm.captureCount).max() ?? 0
    }

    /// Returns a new session for one thread.
    public func makeSession() throws(SecretsError) -> SecretScanSession {
        cloneLock.lock()
        let scratch: VectorscanScratch
        do {
            defer { cloneLock.unlock() }
            scratch = try prototypeScratch.clone()
        }
        return try SecretScanSession(scanner: self, scratch: scratch)
    }

    // MARK: - Compiling

    /// Returns the keywords of all rules, lowercase and each once, in the order rules list them.
    static func keywords(of rules: [SecretRule]) -> [String] {
        var seen = Set<String>()
        return rules.flatMap(\.keywords).filter { seen.insert($0).inserted }
    }

    /// Returns the database's expressions: each rule's pattern with the rule's index as its id,
    /// then each keyword of ``keywords(of:)`` as a literal, numbered on from there.
    static func expressions(for rules: [SecretRule]) -> [VectorscanExpression] {
        var expressions = rules.enumerated().map { index, rule in
            VectorscanExpression(pattern: rule.pattern, flags: VectorscanExpression.ruleFlags, id: UInt32(index))
        }
        for (index, keyword) in keywords(of: rules).enumerated() {
            expressions.append(
                VectorscanExpression(
                    pattern: VectorscanExpression.literal(keyword), flags: VectorscanExpression.keywordFlags,
                    id: UInt32(rules.count + index)))
        }
        return expressions
    }

    private static func compileConfirm(of rule: SecretRule) throws(SecretsError) -> PCRE2Pattern {
        let pattern: PCRE2Pattern
        let position = rule.location.confirm ?? rule.location.pattern
        do {
            pattern = try PCRE2Pattern(rule.confirmingPattern)
        } catch {
            throw SecretsError(
                kind: .patternRejected(rule: rule.id.description, position: Self.position(rule, position)),
                message: Catalog.secretsPatternRejected(
                    rule: rule.id.description, library: "PCRE2", reason: error.message,
                    position: Self.position(rule, position)))
        }
        guard rule.secretGroup <= pattern.captureCount else {
            throw SecretsError(
                kind: .patternRejected(rule: rule.id.description, position: Self.position(rule, position)),
                message: Catalog.secretsMissingGroup(
                    rule: rule.id.description, group: rule.secretGroup, groupCount: pattern.captureCount,
                    position: Self.position(rule, position)))
        }
        return pattern
    }

    private static func compileAllowlist(of rule: SecretRule) throws(SecretsError) -> [PCRE2Pattern] {
        var patterns: [PCRE2Pattern] = []
        for (index, text) in rule.allowlist.enumerated() {
            do {
                patterns.append(try PCRE2Pattern(text))
            } catch {
                let position =
                    index < rule.location.allowlist.count ? rule.location.allowlist[index] : rule.location.rule
                throw SecretsError(
                    kind: .patternRejected(rule: rule.id.description, position: Self.position(rule, position)),
                    message: Catalog.secretsPatternRejected(
                        rule: rule.id.description, library: "PCRE2", reason: error.message,
                        position: Self.position(rule, position)))
            }
        }
        return patterns
    }

    private static func compileConfigured(
        _ regexes: [Configuration.Located<String>]
    ) throws(SecretsError) -> [PCRE2Pattern] {
        var patterns: [PCRE2Pattern] = []
        for regex in regexes {
            do {
                patterns.append(try PCRE2Pattern(regex.value))
            } catch {
                throw SecretsError(
                    kind: .allowlistRejected(position: regex.position),
                    message: Catalog.secretsAllowlistRejected(
                        pattern: regex.value, reason: error.message, position: regex.position))
            }
        }
        return patterns
    }

    private static func position(_ rule: SecretRule, _ position: RulePosition) -> String {
        "\(rule.location.source):\(position.line):\(position.column)"
    }

    // MARK: - Database

    private struct LoadedDatabase {
        let database: VectorscanDatabase
        let scratch: VectorscanScratch
        let outcome: DatabaseCache.Outcome
    }

    /// Reads the database from the cache when it is valid, else compiles and stores it.
    private static func loadDatabase(
        _ expressions: [VectorscanExpression], rules: [SecretRule], cache: DatabaseCache?
    ) throws(SecretsError) -> LoadedDatabase {
        let key = cache.map { _ in DatabaseCache.key(for: expressions) }
        var rejection: DatabaseCache.Rejection?

        if let cache, let key {
            switch cache.load(key) {
            case .missing:
                break
            case .rejected(let reason):
                rejection = reason
            case .found(let database, let storedProbe):
                let scratch = try VectorscanScratch(for: database)
                if try probe(database, scratch: scratch, rules: rules) == storedProbe {
                    return LoadedDatabase(database: database, scratch: scratch, outcome: .hit)
                }
                rejection = .failedVerification
            }
        }

        let database: VectorscanDatabase
        do {
            database = try VectorscanDatabase.compile(expressions)
        } catch {
            throw rejectedPattern(error, expressions: expressions, rules: rules)
        }
        let scratch = try VectorscanScratch(for: database)
        guard let cache, let key else {
            return LoadedDatabase(database: database, scratch: scratch, outcome: .disabled)
        }
        let stored = cache.store(database, probe: try probe(database, scratch: scratch, rules: rules), key: key)
        return LoadedDatabase(
            database: database, scratch: scratch, outcome: .compiled(rejected: rejection, stored: stored))
    }

    private static func rejectedPattern(
        _ error: VectorscanCompileError, expressions: [VectorscanExpression], rules: [SecretRule]
    ) -> SecretsError {
        guard let index = error.expressionIndex, index < rules.count else {
            let function = "hs_compile_multi"
            return SecretsError(
                kind: .libraryFailure(function: function),
                message: Catalog.secretsDatabaseRejected(reason: error.message))
        }
        let rule = rules[index]
        let position = position(rule, rule.location.pattern)
        return SecretsError(
            kind: .patternRejected(rule: rule.id.description, position: position),
            message: Catalog.secretsPatternRejected(
                rule: rule.id.description, library: "Vectorscan", reason: error.message, position: position))
    }

    /// Returns one bit per rule: whether Vectorscan reports that rule on its first example.
    ///
    /// A database read from the cache must give the same bits as the one compiled from the
    /// rules, which catches a file that decodes but does not hold these rules.
    static func probe(
        _ database: VectorscanDatabase, scratch: VectorscanScratch, rules: [SecretRule]
    ) throws(SecretsError) -> [UInt8] {
        var bits = [UInt8](repeating: 0, count: (rules.count + 7) / 8)
        let collector = HitCollector(widths: rules.map(\.maxWidth), keywordCount: 0)
        for (index, rule) in rules.enumerated() {
            guard let example = rule.examples.first else {
                continue
            }
            collector.reset()
            try scan(Array(example.utf8), database: database, scratch: scratch, collector: collector)
            if !collector.clusters[index].isEmpty {
                bits[index / 8] |= 1 << UInt8(index % 8)
            }
        }
        return bits
    }

    /// Runs `hs_scan` over `text`, recording every match in `collector`.
    ///
    /// Keyword ids past the collector's keyword count are ignored, which ``probe(_:scratch:rules:)``
    /// relies on.
    static func scan(
        _ text: [UInt8], database: VectorscanDatabase, scratch: VectorscanScratch, collector: HitCollector
    ) throws(SecretsError) {
        try text.withUnsafeBufferPointer { buffer throws(SecretsError) in
            try scan(buffer, database: database, scratch: scratch, collector: collector)
        }
    }

    static func scan(
        _ text: UnsafeBufferPointer<UInt8>, database: VectorscanDatabase, scratch: VectorscanScratch,
        collector: HitCollector
    ) throws(SecretsError) {
        guard !text.isEmpty else {
            return
        }
        guard text.count <= Int(UInt32.max) else {
            throw SecretsError.vectorscanFailure(function: "hs_scan", status: HS_INVALID)
        }
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let status = text.withMemoryRebound(to: CChar.self) { characters in
            hs_scan(
                database.pointer, characters.baseAddress, UInt32(text.count), 0, scratch.pointer,
                HitCollector.onMatch, context)
        }
        withExtendedLifetime(collector) {}
        guard status == HS_SUCCESS else {
            throw SecretsError.vectorscanFailure(function: "hs_scan", status: status)
        }
        collector.finish()
    }
}
