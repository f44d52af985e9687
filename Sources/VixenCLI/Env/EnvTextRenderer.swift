import VixenChecks
import VixenCore

/// Renders `vixen-gate env` for a terminal: one block per component, each variable with where
/// it is read and where it is documented, then the warnings and the Coolify comparison.
struct EnvTextRenderer {
    let language: Language

    func render(_ report: EnvReport) -> String {
        var lines = [
            Catalog.envListHeader(
                revision: report.revision.short, names: Set(report.inventory.variables.map(\.name)).count,
                entries: report.inventory.variables.count, components: report.components.count)(language)
        ]
        for component in report.components {
            lines += ["", component.name]
            for variable in report.inventory.variables where variable.component == component {
                lines += block(variable, report: report)
            }
        }
        let unread = report.inventory.variables.filter { $0.component == nil }
        if !unread.isEmpty {
            lines += ["", Catalog.envDocumentedNotReadHeading()(language)]
            for variable in unread {
                lines += block(variable, report: report)
            }
        }
        if !report.inventory.dynamicLookups.isEmpty {
            lines += ["", Catalog.envDynamicLookupsHeading()(language)]
            for lookup in report.inventory.dynamicLookups {
                lines.append("  \(lookup.path):\(lookup.line)  \(lookup.expression)")
            }
        }
        if !report.warnings.isEmpty {
            lines += ["", Catalog.envWarningsHeading()(language)]
            lines += report.warnings.map { "  " + $0.message(language) }
        }
        if let coolify = report.coolify {
            lines += ["", Catalog.envCoolifyHeading(target: coolify.target.rawValue)(language)]
            lines += coolify.applications.flatMap(coolifyLines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func block(_ variable: EnvInventory.Variable, report: EnvReport) -> [String] {
        var tags: [String] = []
        if variable.isRequired {
            tags.append(Catalog.envRequiredTag()(language))
        }
        if let prefix = variable.browserPrefix {
            tags.append(Catalog.envBrowserTag(prefix: prefix)(language))
        }
        var lines = ["  " + ([variable.name] + tags.map { "[\($0)]" }).joined(separator: " ")]
        if !variable.reads.isEmpty {
            let places = variable.reads.map { "\($0.path):\($0.line)" }.joined(separator: ", ")
            lines.append("    " + Catalog.envReadAt(places)(language))
        }
        if variable.isDocumented {
            let places = variable.documentation.map { "\($0.path):\($0.line)" }.joined(separator: ", ")
            lines.append("    " + Catalog.envDocumentedIn(places)(language))
        } else {
            lines.append("    " + Catalog.envNotDocumented(expected: report.expectedFile(for: variable))(language))
        }
        return lines
    }

    /// Returns one indented line per problem of an application, or one line saying it has none.
    func coolifyLines(_ application: EnvCoolifyComparison.Application) -> [String] {
        let name = "\(application.component.name) (\(application.uuid))"
        guard !application.isComplete else {
            return ["  " + Catalog.envCoolifyComplete(application: name)(language)]
        }
        var lines: [String] = []
        for variable in application.missing {
            let read = variable.reads.first.map { "\($0.path):\($0.line)" } ?? ""
            lines.append(
                "  " + Catalog.envCoolifyMissing(name: variable.name, application: name, readAt: read)(language))
        }
        for variable in application.notBuildtime {
            lines.append("  " + Catalog.envCoolifyNotBuildtime(name: variable.name, application: name)(language))
        }
        return lines
    }
}
