import VixenCore

/// `env.malformed-example` (warning): the change adds a line to a dotenv documentation file
/// that is not a variable, a comment or blank, such as `DATABASE URL=x` or a quote never closed.
///
/// The rest of the file is still read, so only the malformed line documents nothing.
public struct MalformedExampleRule: EnvRule {
    public let id = RuleID(.env, "malformed-example")
    public let defaultSeverity = Severity.warning
    public var shortDescription: LocalizedText { Catalog.ruleEnvMalformedExampleShort() }
    public var fullDescription: LocalizedText { Catalog.ruleEnvMalformedExampleFull() }
    public var help: LocalizedText { Catalog.ruleEnvMalformedExampleHelp() }

    public init() {}

    public func findings(in analysis: EnvAnalysis) throws -> [Finding] {
        analysis.addedMalformedLines.map { line in
            Finding(
                rule: id, severity: defaultSeverity, file: line.path, line: line.line,
                message: Catalog.envMalformedExample(path: line.path, line: line.line, problem: line.problem.rawValue))
        }
    }

    public var examples: [EnvRuleExample] {
        [
            EnvRuleExample(
                "a name with a space, text without =, an unclosed quote and text after a quote",
                head: [
                    ".env.example":
                        "DATABASE URL=postgres://\nJUST TEXT\nGOOD=1\nexport KEY=\"a\" trailing\nNOTE=\"never closed\n"
                ],
                expected: [".env.example:1", ".env.example:2", ".env.example:4", ".env.example:5"]),
            EnvRuleExample.change(
                "valid lines, CRLF, non-ASCII values, and a malformed line the change does not add",
                base: ["backend/.env.sample": "BROKEN LINE\n"],
                changes: [
                    "backend/.env.sample":
                        "BROKEN LINE\n# Comentario: café\r\nexport A=1\r\nB=\r\nC='x # y'\r\nD=\"multi\nline\"\r\nE\r\n"
                        + "F=ñandú\r\n"
                ]),
        ]
    }
}
