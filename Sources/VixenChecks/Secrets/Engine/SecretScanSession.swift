/// One thread's use of a ``SecretScanner``: its own Vectorscan scratch, PCRE2 match state and
/// hit buffers.
///
/// A session is not thread-safe. Create one per thread with ``SecretScanner/makeSession()``.
public final class SecretScanSession {
    public let scanner: SecretScanner
    private let scratch: VectorscanScratch
    private let matcher: PCRE2Matcher
    private let collector: HitCollector

    init(scanner: SecretScanner, scratch: VectorscanScratch) throws(SecretsError) {
        self.scanner = scanner
        self.scratch = scratch
        self.matcher = try PCRE2Matcher(maximumCaptureCount: scanner.maximumCaptureCount)
        self.collector = HitCollector(
            widths: scanner.rules.map(\.maxWidth), keywordCount: scanner.keywords.count)
    }

    /// Returns the secrets in `text`, ordered by position and then by rule.
    ///
    /// The text is read as bytes, so invalid UTF-8 and NUL bytes are scanned like any others.
    public func scan(_ text: UnsafeBufferPointer<UInt8>) throws(SecretsError) -> [SecretMatch] {
        collector.reset()
        try SecretScanner.scan(text, database: scanner.database, scratch: scratch, collector: collector)

        var matches: [SecretMatch] = []
        for ruleIndex in collector.rulesHit {
            for candidate in confirm(ruleIndex, in: text) where candidate.rejection == nil {
                matches.append(
                    SecretMatch(
                        ruleIndex: ruleIndex, rule: scanner.rules[ruleIndex].id, secret: candidate.secret,
                        match: candidate.match))
            }
        }
        return matches.sorted { ($0.secret.lowerBound, $0.ruleIndex) < ($1.secret.lowerBound, $1.ruleIndex) }
    }

    public func scan(_ bytes: [UInt8]) throws(SecretsError) -> [SecretMatch] {
        try bytes.withUnsafeBufferPointer { buffer throws(SecretsError) in
            try scan(buffer)
        }
    }

    /// Returns how far one rule gets on `bytes`, for `rules check` to explain an example.
    public func evaluate(ruleIndex: Int, on bytes: [UInt8]) throws(SecretsError) -> RuleEvaluation {
        try bytes.withUnsafeBufferPointer { text throws(SecretsError) in
            collector.reset()
            try SecretScanner.scan(text, database: scanner.database, scratch: scratch, collector: collector)
            guard !collector.clusters[ruleIndex].isEmpty else {
                return .noHit
            }
            let candidates = confirm(ruleIndex, in: text)
            if let found = candidates.first(where: { $0.rejection == nil }) {
                return .found(secret: found.secret)
            }
            if let rejection = candidates.first?.rejection {
                return .rejected(rejection)
            }
            return .notConfirmed
        }
    }

    // MARK: - Confirming

    /// A confirmed match and, when a filter stops it, the reason.
    private struct Candidate {
        let secret: Range<Int>
        let match: Range<Int>
        let rejection: SecretRejection?
    }

    /// Runs the rule's PCRE2 pattern over the window of each cluster of hits and filters the
    /// secrets it captures.
    ///
    /// A window runs from `max_width` bytes before the cluster's first hit end to its last
    /// one. The match must start inside the window and may end past it. Searching resumes
    /// after the previous match, so the same rule never reports one token twice.
    private func confirm(_ ruleIndex: Int, in text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        let compiled = scanner.compiledRules[ruleIndex]
        let rule = compiled.rule
        var candidates: [Candidate] = []
        var coveredUntil = 0

        for cluster in collector.clusters[ruleIndex] {
            var start = max(0, cluster.firstEnd - rule.maxWidth, coveredUntil)
            let startLimit = min(cluster.lastEnd, text.count)
            while start <= startLimit,
                let groups = matcher.firstMatch(of: compiled.confirm, in: text, from: start, startLimit: startLimit),
                let whole = groups[0]
            {
                coveredUntil = whole.upperBound
                start = whole.isEmpty ? whole.upperBound + 1 : whole.upperBound
                guard rule.secretGroup < groups.count, let secret = groups[rule.secretGroup], !secret.isEmpty else {
                    continue
                }
                candidates.append(
                    Candidate(
                        secret: secret, match: whole, rejection: rejection(of: secret, match: whole, compiled, text)))
            }
        }
        return candidates
    }

    private func rejection(
        of secret: Range<Int>, match: Range<Int>, _ compiled: CompiledRule, _ text: UnsafeBufferPointer<UInt8>
    ) -> SecretRejection? {
        if !compiled.keywordIndices.isEmpty {
            let width = compiled.rule.maxWidth
            let window = max(0, match.lowerBound - width)..<(match.upperBound + width)
            guard collector.hasKeyword(compiled.keywordIndices, lengths: scanner.keywordLengths, within: window) else {
                return .noKeyword
            }
        }
        return compiled.filter.rejection(of: UnsafeBufferPointer(rebasing: text[secret]), matcher: matcher)
    }
}

/// How far one rule gets on a text: the steps `rules check` reports when an example fails.
public enum RuleEvaluation: Sendable, Equatable {
    /// Vectorscan reports no hit for the rule's pattern.
    case noHit
    /// Vectorscan hits, but the confirming pattern finds no match with a non-empty secret group.
    case notConfirmed
    /// Every confirmed secret is stopped by a filter; the first reason.
    case rejected(SecretRejection)
    /// The rule reports a secret at these bytes.
    case found(secret: Range<Int>)
}
