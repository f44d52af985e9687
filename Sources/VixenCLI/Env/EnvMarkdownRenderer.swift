import VixenChecks
import VixenCore

/// Renders `vixen-gate env` as Markdown: one table per component, ready to paste into a README,
/// then the Coolify comparison.
struct EnvMarkdownRenderer {
    let language: Language

    func render(_ report: EnvReport) -> String {
        var lines = ["## " + Catalog.envMarkdownTitle(revision: report.revision.short)(language)]
        let headers = Catalog.envMarkdownColumns().map { $0(language) }
        var groups: [(String, [EnvInventory.Variable])] = report.components.map { component in
            (component.name, report.inventory.variables.filter { $0.component == component })
        }
        let unread = report.inventory.variables.filter { $0.component == nil }
        if !unread.isEmpty {
            groups.append((Catalog.envDocumentedNotReadHeading()(language), unread))
        }
        for (title, variables) in groups {
            lines += ["", "### " + title, "", "| " + headers.joined(separator: " | ") + " |", "|---|---|---|"]
            for variable in variables {
                let reads = variable.reads.map { "`\($0.path):\($0.line)`" }.joined(separator: "<br>")
                let documented =
                    variable.isDocumented
                    ? variable.documentation.map { "`\($0.path):\($0.line)`" }.joined(separator: "<br>")
                    : Catalog.envMarkdownNotDocumented()(language)
                lines.append("| `\(variable.name)` | \(reads.isEmpty ? "-" : reads) | \(documented) |")
            }
        }
        if let coolify = report.coolify {
            lines += ["", "### " + Catalog.envCoolifyHeading(target: coolify.target.rawValue)(language), ""]
            let text = EnvTextRenderer(language: language)
            lines += coolify.applications.flatMap(text.coolifyLines).map { "-" + $0.dropFirst(1) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
