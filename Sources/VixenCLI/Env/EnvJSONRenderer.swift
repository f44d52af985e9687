import Foundation
import VixenChecks
import VixenCore

/// Renders `vixen-gate env` as one JSON object, for tools that generate documentation.
///
/// Keys stay in English whatever the language; only `message` texts are translated.
struct EnvJSONRenderer {
    let language: Language

    func render(_ report: EnvReport) -> String {
        let document = Document(
            revision: report.revision.hex,
            variables: report.inventory.variables.map { variable in
                Variable(
                    name: variable.name, component: variable.component?.name, browserPrefix: variable.browserPrefix,
                    required: variable.isRequired,
                    reads: variable.reads.map { Place(file: $0.path, line: $0.line, origin: $0.origin.rawValue) },
                    documented: variable.documentation.map { Place(file: $0.path, line: $0.line, origin: nil) },
                    expectedDocumentation: variable.isDocumented ? nil : report.expectedFile(for: variable))
            },
            dynamicLookups: report.inventory.dynamicLookups.map {
                Lookup(file: $0.path, line: $0.line, expression: $0.expression)
            },
            warnings: report.warnings.map { Warning(file: $0.file, line: $0.line, message: $0.message(language)) },
            coolify: report.coolify.map { comparison in
                Coolify(
                    target: comparison.target.rawValue,
                    applications: comparison.applications.map {
                        Coolify.Application(
                            component: $0.component.name, uuid: $0.uuid, missing: $0.missing.map(\.name),
                            notBuildtime: $0.notBuildtime.map(\.name))
                    })
            },
            language: language.rawValue)
        return JSONText.encode(document)
    }

    private struct Document: Encodable {
        let revision: String
        let variables: [Variable]
        let dynamicLookups: [Lookup]
        let warnings: [Warning]
        let coolify: Coolify?
        let language: String

        enum CodingKeys: String, CodingKey {
            case revision, variables, warnings, coolify, language
            case dynamicLookups = "dynamic_lookups"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(revision, forKey: .revision)
            try container.encode(variables, forKey: .variables)
            try container.encode(dynamicLookups, forKey: .dynamicLookups)
            try container.encode(warnings, forKey: .warnings)
            try container.encode(coolify, forKey: .coolify)
            try container.encode(language, forKey: .language)
        }
    }

    private struct Variable: Encodable {
        let name: String
        let component: String?
        let browserPrefix: String?
        let required: Bool
        let reads: [Place]
        let documented: [Place]
        let expectedDocumentation: String?

        enum CodingKeys: String, CodingKey {
            case name, component, required, reads, documented
            case browserPrefix = "browser_prefix"
            case expectedDocumentation = "expected_documentation"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(component, forKey: .component)
            try container.encode(browserPrefix, forKey: .browserPrefix)
            try container.encode(required, forKey: .required)
            try container.encode(reads, forKey: .reads)
            try container.encode(documented, forKey: .documented)
            try container.encode(expectedDocumentation, forKey: .expectedDocumentation)
        }
    }

    private struct Place: Encodable {
        let file: String
        let line: Int
        let origin: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encodeIfPresent(origin, forKey: .origin)
        }

        enum CodingKeys: String, CodingKey {
            case file, line, origin
        }
    }

    private struct Lookup: Encodable {
        let file: String
        let line: Int
        let expression: String
    }

    private struct Warning: Encodable {
        let file: String
        let line: Int?

        let message: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(message, forKey: .message)
        }

        enum CodingKeys: String, CodingKey {
            case file, line, message
        }
    }

    private struct Coolify: Encodable {
        struct Application: Encodable {
            let component: String
            let uuid: String
            let missing: [String]
            let notBuildtime: [String]

            enum CodingKeys: String, CodingKey {
                case component, uuid, missing
                case notBuildtime = "not_buildtime"
            }
        }

        let target: String
        let applications: [Application]
    }
}
