import VixenCore

/// The hint on how to clear the findings that block a push.
///
/// `secret.*` and `git.*` findings come from each pushed commit's own changes, so they stay in
/// the pushed history until the commits that added them are rewritten. `env.*`, `migration.*`
/// and `checklist.*` findings are about the pushed result, so a commit on top that fixes them
/// clears them.
enum BlockedPushAdvice {
    /// Returns the hint for `findings`, of which only those that block count.
    ///
    /// - Parameter onServer: True in pre-receive, where the server rejects the push.
    static func fix(for findings: [Finding], onServer: Bool) -> LocalizedText {
        let blocking = findings.filter { $0.severity.blocks }
        let needsRewrite = blocking.contains { Self.staysInHistory($0.rule.family) }
        let hasSecret = blocking.contains { $0.rule.family == .secret }
        let fixableOnTop = blocking.contains { !Self.staysInHistory($0.rule.family) }

        var parts = [Catalog.hookBlockedStopped(onServer: onServer)]
        if needsRewrite {
            parts.append(Catalog.hookBlockedRewrite())
        }
        if hasSecret {
            parts.append(Catalog.hookBlockedRotate())
        }
        if fixableOnTop {
            parts.append(Catalog.hookBlockedFixOnTop(afterRewrite: needsRewrite))
        }
        return LocalizedText.joined(parts)
    }

    /// Returns true for the families whose findings come from one commit's own diff.
    private static func staysInHistory(_ family: RuleID.Family) -> Bool {
        switch family {
        case .secret, .git: true
        case .migration, .env, .checklist: false
        }
    }
}
