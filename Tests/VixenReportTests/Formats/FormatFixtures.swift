import VixenCore
import VixenReport

/// Reports and rule descriptions for the format tests, built by hand so that every value is known.
enum FormatFixtures {
    static let informationURI = "https://example.invalid/vixen-gate"
    static let toolVersion = "1.2.3"
    static let largeFileRule = RuleID(.git, "file-too-large")

    /// A catalog that describes `git.file-too-large` only, so reports also show rules it lacks.
    static let rules = RuleCatalog([
        RuleDescription(
            id: largeFileRule,
            shortDescription: LocalizedText(en: "File too large to read", es: "Archivo demasiado grande para leerlo"),
            fullDescription: LocalizedText(
                en: "A file over the size limit was listed but not read.",
                es: "Un archivo que supera el límite se listó pero no se leyó."),
            help: LocalizedText(en: "Use Git LFS.", es: "Use Git LFS."),
            defaultSeverity: .warning)
    ])

    static let sarif = SARIFReportRenderer(rules: rules, toolVersion: toolVersion, informationURI: informationURI)

    static let commaPath = "src/a,b:c%d.py"
    static let unicodePath = "docs/guía de configuración/año ñandú.md"
    static let markupPath = "web/src/<script>|`x`.ts"

    /// Findings whose paths and messages contain every character that some format gives a meaning to.
    ///
    /// GitHub reads commas, colons and `%`, XML reads `<`, `&` and quotes, and Markdown reads pipes,
    /// backticks and emphasis. Line breaks and control characters matter to all of them.
    static let escaping = Report(
        range: Report.Range(
            base: ReportFixtures.baseID, head: ReportFixtures.headID, commits: 2, includesStaged: false,
            includesWorktree: false),
        components: [.backend, .frontend, .docs],
        files: [
            Report.File(path: commaPath, oldPath: nil, status: .added, component: .backend),
            Report.File(path: markupPath, oldPath: nil, status: .modified, component: .frontend),
            Report.File(path: unicodePath, oldPath: nil, status: .added, component: .docs),
        ],
        findings: [
            Finding(
                rule: RuleID(.secret, "generic-token"), severity: .error, file: commaPath, line: 7,
                commit: ReportFixtures.secretCommit,
                message: LocalizedText(
                    en: "Token ghp_****x9Z1: 100% sure, revoke it.\nSecond line\r\nThird\u{1B}[2J line",
                    es: "Token ghp_****x9Z1: 100 % seguro, revóquelo.\nSegunda línea\r\nTercera\u{1B}[2J línea")),
            Finding(
                rule: RuleID(.env, "undocumented-variable"), severity: .warning, file: markupPath, line: 2,
                message: LocalizedText(
                    en: "Use <b>VITE_API</b> & `env` | [link](http://x) $x$ @team #1 *bold* ~s~",
                    es: "Use <b>VITE_API</b> & `env` | [enlace](http://x) $x$ @equipo #1 *negrita* ~s~")),
            Finding(
                rule: largeFileRule, severity: .info, file: unicodePath,
                message: LocalizedText(
                    en: "Quote \"double\" and 'single' and ]]> end.",
                    es: "Comillas \"dobles\" y 'simples' y ]]> fin.")),
        ]
    )

    /// Returns a report of `errors` errors, then `warnings` warnings, then `infos` info findings.
    ///
    /// Each finding is on its own line of `src/app.py`, with its message padded to `messageLength` characters.
    static func many(errors: Int, warnings: Int, infos: Int, messageLength: Int = 20) -> Report {
        var findings: [Finding] = []
        let severities =
            Array(repeating: Severity.error, count: errors) + Array(repeating: .warning, count: warnings)
            + Array(repeating: .info, count: infos)
        for (index, severity) in severities.enumerated() {
            let text = "Finding \(index + 1)"
            let padded = text + String(repeating: ".", count: max(0, messageLength - text.count))
            findings.append(
                Finding(
                    rule: RuleID(.checklist, "item"), severity: severity, file: "src/app.py", line: index + 1,
                    message: LocalizedText(en: padded, es: padded)))
        }
        return Report(
            range: Report.Range(
                base: ReportFixtures.baseID, head: ReportFixtures.headID, commits: 1, includesStaged: false,
                includesWorktree: false),
            components: [.backend],
            files: [Report.File(path: "src/app.py", oldPath: nil, status: .modified, component: .backend)],
            findings: findings
        )
    }
}
