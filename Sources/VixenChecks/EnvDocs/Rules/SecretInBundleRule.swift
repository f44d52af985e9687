import VixenCore

/// `env.secret-in-bundle` (error): the change starts reading a variable whose browser prefix
/// puts it into the frontend bundle, and whose name says it is a secret.
///
/// Vite inlines `VITE_*` variables and Next.js `NEXT_PUBLIC_*` ones into the JavaScript every
/// visitor downloads, so a secret there is public. The name counts as a secret's when the part
/// after the prefix contains `SECRET`, `TOKEN`, `PASSWORD`, `PASSWD`, `PRIVATE_KEY`, `API_KEY`,
/// `APIKEY`, `ACCESS_KEY` or `CREDENTIAL`, ignoring case. Reads in any file count, a Dockerfile's
/// `ARG` included, because the prefix alone exposes the variable to the build.
public struct SecretInBundleRule: EnvRule {
    static let secretWords = [
        "SECRET", "TOKEN", "PASSWORD", "PASSWD", "PRIVATE_KEY", "API_KEY", "APIKEY", "ACCESS_KEY", "CREDENTIAL",
    ]

    public let id = RuleID(.env, "secret-in-bundle")
    public let defaultSeverity = Severity.error
    public var shortDescription: LocalizedText { Catalog.ruleEnvSecretInBundleShort() }
    public var fullDescription: LocalizedText { Catalog.ruleEnvSecretInBundleFull() }
    public var help: LocalizedText { Catalog.ruleEnvSecretInBundleHelp() }

    public init() {}

    /// Returns the browser prefix of `name` when the rest of it names a secret, else nil.
    public static func exposedSecretPrefix(_ name: String, prefixes: [String]) -> String? {
        guard let prefix = prefixes.first(where: { name.uppercased().hasPrefix($0.uppercased()) }) else {
            return nil
        }
        let rest = name.dropFirst(prefix.count).uppercased()
        return secretWords.contains(where: rest.contains) ? prefix : nil
    }

    public func findings(in analysis: EnvAnalysis) throws -> [Finding] {
        var reported = Set<String>()
        var findings: [Finding] = []
        for read in analysis.newReads {
            guard let prefix = Self.exposedSecretPrefix(read.name, prefixes: analysis.settings.browserPrefixes),
                reported.insert("\(read.path):\(read.line):\(read.key)").inserted
            else {
                continue
            }
            findings.append(
                Finding(
                    rule: id, severity: defaultSeverity, file: read.path, line: read.line,
                    message: Catalog.envSecretInBundle(name: read.name, prefix: prefix, path: read.path)))
        }
        return findings
    }

    public var examples: [EnvRuleExample] {
        let layout = EnvRuleExample.appLayout
        return [
            EnvRuleExample(
                "secret names under Vite's and Next.js's prefixes, documented or not",
                head: layout.merging([
                    "frontend/.env.example": "VITE_SECRET_TOKEN=\n",
                    "frontend/src/pay.ts":
                        "const t = import.meta.env.VITE_SECRET_TOKEN\nconst k = process.env.NEXT_PUBLIC_MAPS_API_KEY\n"
                        + "const p = import.meta.env.VITE_ADMIN_PASSWORD\n",
                    "frontend/Dockerfile": "FROM node:22\nARG VITE_STRIPE_PRIVATE_KEY\nRUN npm run build\n",
                ]) { $1 },
                expected: [
                    "frontend/Dockerfile:2", "frontend/src/pay.ts:1", "frontend/src/pay.ts:2", "frontend/src/pay.ts:3",
                ]
            ),
            EnvRuleExample(
                "public values and server-side secrets",
                head: layout.merging([
                    "frontend/src/api.ts":
                        "const u = import.meta.env.VITE_API_URL\nconst k = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY\n",
                    "backend/app/auth.py":
                        "import os\nKEY = os.environ[\"SECRET_KEY\"]\nTOKEN = os.getenv(\"API_TOKEN\")\n",
                ]) { $1 }),
        ]
    }
}
