import Foundation
import VixenCore

@testable import VixenChecks

/// One added file for a false-alarm filter's examples.
struct FilterExample: Sendable {
    let path: String
    let text: String
    /// Whether the example needs ``FalseAlarmFilterExamples/entropyRule``, because no built-in
    /// rule reports its value even without filters.
    let needsEntropyRule: Bool

    init(_ path: String, _ text: String, entropyRule: Bool = false) {
        self.path = path
        self.text = text
        self.needsEntropyRule = entropyRule
    }
}

/// A filter with the files whose findings it must drop and the files whose findings must stay.
struct FilterCase: Sendable {
    let filter: any FalseAlarmFilter
    /// Files with at least one finding without filters, and none once this filter alone runs.
    let drops: [FilterExample]
    /// Files that keep at least one finding with every standard filter.
    let keeps: [FilterExample]

    var name: String { String(describing: type(of: filter)) }
}

/// The examples of every false-alarm filter, run by ``FalseAlarmFilterTests``.
///
/// Values that look like credentials are built at run time from hashes of fixed words, so the
/// source contains none as one literal.
enum FalseAlarmFilterExamples {
    /// A test-only rule that reports any long token with digits and letters.
    ///
    /// Entropy-based scanners work this way. Several filters guard against such rules: the
    /// built-in rules, which need a keyword, seldom reach those values, but a team's own rule
    /// file can.
    static let entropyRule = """
        rules:
          - id: secret.generic-high-entropy
            description: {en: "High-entropy string", es: "Cadena de alta entropía"}
            pattern: '[A-Za-z0-9+/_-]{12,}'
            confirm: '(?<![A-Za-z0-9+/_-])((?=[A-Za-z0-9+/_-]*[0-9])(?=[A-Za-z0-9+/_-]*[A-Za-z])[A-Za-z0-9+/_-]{12,})(?![A-Za-z0-9+/_-])'
            secret_group: 1
            min_entropy: 2.0
            examples: ['value = 9fQ2xL7mP4rT8vW1']
            negative_examples: ['value = aaaaaaaaaaaaaaaa1']

        """

    /// Returns `length` letters and digits derived from `seed`.
    static func token(_ seed: String, length: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var characters: [Character] = []
        var round = 0
        while characters.count < length {
            for byte in SHA256.hash(Array("\(seed) \(round)".utf8)) where characters.count < length {
                characters.append(alphabet[Int(byte) % alphabet.count])
            }
            round += 1
        }
        return String(characters)
    }

    /// Returns `length` lowercase hex digits derived from `seed`.
    static func hex(_ seed: String, length: Int) -> String {
        String((SHA256.hexHash(Array(seed.utf8)) + SHA256.hexHash(Array((seed + "+").utf8))).prefix(length))
    }

    /// Returns the standard base64 of 64 bytes derived from `seed`, the form of an integrity digest.
    static func digest(_ seed: String) -> String {
        Data(SHA256.hash(Array(seed.utf8)) + SHA256.hash(Array((seed + "+").utf8))).base64EncodedString()
    }

    /// Returns a minified line of over 1,000 bytes: code with few spaces around `object`.
    static func minifiedLine(_ object: String) -> String {
        let code = (0..<40).map { "function f\($0)(e,t){return e+t+\($0)}" }.joined(separator: ";")
        return code + ";var c={" + object + "};" + code + "\n"
    }

    static let stripeKey = "sk_live_" + token("stripe", length: 32)
    static let githubToken = "ghp_" + token("github", length: 36)

    static let all: [FilterCase] = [
        FilterCase(
            filter: LockFileFilter(),
            drops: [
                FilterExample(
                    "yarn.lock",
                    "js-tokens@^4.0.0:\n  version \"4.0.0\"\n  resolved \"https://registry.yarnpkg.com/js-tokens/-/"
                        + "js-tokens-4.0.0.tgz#\(hex("js-tokens", length: 40))\"\n",
                    entropyRule: true),
                FilterExample(
                    "go.sum", "github.com/golang-jwt/jwt/v4 v4.5.0 h1:\(token("jwt", length: 43))=\n",
                    entropyRule: true),
                FilterExample(
                    "frontend/package-lock.json", "    \"secret-token\": \"\(token("lock", length: 32))\",\n"),
            ],
            keeps: [
                FilterExample("frontend/package-lock.json", "    \"description\": \"\(stripeKey)\",\n"),
                FilterExample("frontend/package.json", "  \"secret-token\": \"\(token("lock", length: 32))\",\n"),
            ]),
        FilterCase(
            filter: MinifiedCodeFilter(),
            drops: [
                FilterExample(
                    "web/app.min.js", "var c={apiKey:\"\(token("minified", length: 39))\",debug:!1};\n"),
                FilterExample(
                    "web/app.js.map",
                    "{\"version\":3,\"names\":[\"token\"],\"x_token\":\"\(token("map", length: 32))\"}\n"),
                FilterExample(
                    "web/bundle.js", minifiedLine("password:\"\(token("dense", length: 14))\",debug:!1")),
            ],
            keeps: [
                FilterExample("web/app.js", "const apiKey = \"\(token("minified", length: 39))\";\n"),
                FilterExample(
                    "docs/notes.txt",
                    String(repeating: "this is a long line of prose with many words in it ", count: 25)
                        + "password: \(token("prose", length: 14))\n"),
                FilterExample("web/app.min.js", "var c={key:\"\(githubToken)\"};\n"),
                FilterExample("deploy/token.txt", "AUTH_TOKEN=\(token("long", length: 1_200))\n"),
            ]),
        FilterCase(
            filter: IntegrityHashFilter(),
            drops: [
                FilterExample("config/assets.yml", "secret_checksum: \"sha384-\(digest("asset"))\"\n"),
                FilterExample(
                    "index.html",
                    "<script src=\"/app.js\" integrity=\"sha512-\(digest("script"))\" crossorigin></script>\n",
                    entropyRule: true),
                FilterExample(
                    "requirements.txt", "django==4.2.7 --hash=sha256:\(hex("django", length: 64))\n",
                    entropyRule: true),
            ],
            keeps: [
                FilterExample("config/assets.yml", "secret_checksum: \"xsha384-\(digest("asset"))\"\n"),
                FilterExample("settings.py", "SECRET_KEY = \"\(token("integrity", length: 40))\"\n"),
            ]),
        FilterCase(
            filter: DataURIFilter(),
            drops: [
                FilterExample(
                    "web/style.css",
                    ".icon{background:url(data:image/png;base64,\(digest("icon")))}\n", entropyRule: true),
                FilterExample(
                    "web/index.html", "<img src=\"data:image/svg+xml;base64,\(digest("logo"))\">\n",
                    entropyRule: true),
            ],
            keeps: [
                FilterExample("settings.py", "api_key_base64 = \"\(token("data-uri", length: 40))\"\n")
            ]),
        FilterCase(
            filter: GitObjectIDFilter(),
            drops: [
                FilterExample("ci/versions.py", "secret_scanner_commit = \"\(hex("commit", length: 40))\"\n"),
                FilterExample("ci/pins.json", "{\"secretSha256\": \"\(hex("pin", length: 64))\"}\n"),
                FilterExample(
                    "backend/app/alembic/versions/0002_tokens.py",
                    "secret_token_revision = '\(hex("revision", length: 40))'\n"),
            ],
            keeps: [
                FilterExample("app/settings.py", "SECRET_KEY = \"\(hex("flask", length: 40))\"\n"),
                FilterExample("ci/versions.py", "secret_scanner_commit = \"\(hex("commit", length: 39))\"\n"),
                FilterExample(
                    "ci/pins.json", "{\"hash\": \"x\", \"secret\": \"\(hex("pin", length: 64))\"}\n"),
            ]),
        FilterCase(
            filter: AlembicRevisionFilter(),
            drops: [
                FilterExample(
                    "backend/app/alembic/versions/1a2b3c4d5e6f_add_tokens.py",
                    "\"\"\"Add tokens\n\nRevision ID: \(hex("alembic", length: 12))\nRevises: \(hex("previous", length: 12))\n"
                        + "\"\"\"\nrevision = '\(hex("alembic", length: 12))'\n"
                        + "down_revision: Union[str, None] = '\(hex("previous", length: 12))'\n",
                    entropyRule: true)
            ],
            keeps: [
                FilterExample(
                    "backend/app/alembic/versions/1a2b3c4d5e6f_add_tokens.py",
                    "revision_token = '\(hex("alembic", length: 12))'\n", entropyRule: true)
            ]),
        FilterCase(
            filter: PreCommitRevisionFilter(),
            drops: [
                FilterExample(
                    ".pre-commit-config.yaml",
                    "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: \(hex("hooks", length: 12))\n"
                        + "  - rev: \(hex("other", length: 12))\n",
                    entropyRule: true)
            ],
            keeps: [
                FilterExample(".pre-commit-config.yaml", "revoke_token: \(token("revoke", length: 40))\n")
            ]),
        FilterCase(
            filter: UUIDFilter(),
            drops: [
                FilterExample("app/ids.py", "api_key_id = \"\(uuid("api"))\"\n"),
                FilterExample("app/ids.yml", "secret_id: \"\(uuid("secret").uppercased())\"\n"),
                FilterExample("app/ids.env", "TOKEN=\(uuid("token"))\n"),
            ],
            keeps: [
                FilterExample("app/ids.env", "TOKEN=\(hex("token", length: 32))\n"),
                FilterExample(".github/workflows/scan.yml", "SNYK_TOKEN: \(uuid("snyk"))\n"),
            ]),
    ]

    /// Returns a version-4-shaped UUID derived from `seed`.
    static func uuid(_ seed: String) -> String {
        let digits = Array(hex(seed, length: 32))
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }
        return groups.joined(separator: "-")
    }
}
