import Foundation
import VixenChecks
import VixenCore

/// Renders the list that `vixen-gate rules` prints.
enum RuleListRenderer {
    /// Renders one line per rule, `id  severity  description`, in aligned columns, then the count.
    static func text(_ rules: [SecretRule], language: Language) -> String {
        let idWidth = rules.map(\.id.description.count).max() ?? 0
        let severityWidth = Severity.allCases.map { Catalog.reportSeverity($0)(language).count }.max() ?? 0
        var lines: [String] = []
        for rule in rules {
            let id = rule.id.description
            let severity = Catalog.reportSeverity(rule.severity)(language)
            lines.append(
                id + String(repeating: " ", count: idWidth - id.count + 2) + severity
                    + String(repeating: " ", count: severityWidth - severity.count + 2) + rule.description(language))
        }
        lines.append(Catalog.rulesListCount(rules.count)(language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders a JSON object with `language` and `rules`, each rule with `id`, `severity`,
    /// `description` (in `language`) and `source` (the file that defines it).
    static func json(_ rules: [SecretRule], language: Language) -> String {
        let document = Document(
            language: language.rawValue,
            rules: rules.map { rule in
                Document.Rule(
                    id: rule.id.description, severity: rule.severity.rawValue,
                    description: rule.description(language), source: rule.location.source)
            })
        return JSONText.encode(document)
    }

    private struct Document: Encodable {
        struct Rule: Encodable {
            let id: String
            let severity: String
            let description: String
            let source: String
        }

        let language: String
        let rules: [Rule]
    }
}
