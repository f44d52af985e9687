import Foundation
import Testing
import VixenChecks
import VixenConfig
import VixenCore
import VixenTestSupport

@Suite struct SecretsEngineTests {
    let check = SecretsCheck(environment: SecretsFixtures.cacheEnvironment)

    private func findings(_ file: FileChange) throws -> [Finding] {
        let changes = SecretsFixtures.changes(commits: [SecretsFixtures.commit(1, [file])])
        return try check.run(SecretsFixtures.context(changes))
    }

    @Test func keySpanningHunkLines() throws {
        let body = [
            "b3BlbnNzaC1rZXktdjEAAAAARnKw1zW9/ohP46PbmT1TOkzfR1wKbPXTXx8TTx4X",
            "UMGmTtfc6y+xI25MTL3xzfMg5lJYj+loHI3Yhc1OxT/8QY4/3BMDogiSTRIiP9LJ",
            "m7R04ZhbGSdGWoZ6axl7KBGgMVGOYn7B3+5SApYXfE/1ds3vbgqMMvFuz4zf3ATN",
        ]
        let text =
            (["deploy_key = '''", "-----BEGIN OPENSSH " + "PRIVATE KEY-----"] + body
            + ["-----END OPENSSH " + "PRIVATE KEY-----", "'''"]).joined(separator: "\n") + "\n"
        let found = try findings(
            SecretsFixtures.textFile("deploy/key.py", SecretsFixtures.addedText(text, firstLine: 40)))

        #expect(found.count == 1)
        #expect(found.first?.rule == RuleID(.secret, "openssh-private-key"))
        // The secret is the key's body, which starts on the line after BEGIN.
        #expect(found.first?.line == 42)
        #expect(found.first?.secret?.length == body.joined(separator: "\n").count)
        #expect(found.first?.secret?.prefix == "b3Bl")
    }

    @Test func keySplitAcrossTwoHunks() throws {
        let lines = [
            "-----BEGIN OPENSSH " + "PRIVATE KEY-----\n",
            "b3BlbnNzaC1rZXktdjEAAAAARnKw1zW9/ohP46PbmT1TOkzfR1wKbPXTXx8TTx4X\n",
            "UMGmTtfc6y+xI25MTL3xzfMg5lJYj+loHI3Yhc1OxT/8QY4/3BMDogiSTRIiP9LJ\n",
            "-----END OPENSSH " + "PRIVATE KEY-----\n",
        ]
        // Lines 1-2 and 4-5: line 3 was not added, so the key's halves are two texts.
        var builder = AddedTextBuilder()
        for (number, line) in zip([1, 2, 4, 5], lines) {
            Array(line.utf8).withUnsafeBytes { builder.append(number: number, content: $0) }
        }
        let found = try findings(SecretsFixtures.textFile("key.pem", builder.build(), status: .modified))
        #expect(found.isEmpty)
    }

    @Test func invalidUTF8AroundSecret() throws {
        let line =
            [0xFF, 0xFE, 0x20] + Array("aws_access_key_id = \(SecretsFixtures.accessKeyID)".utf8) + [0xC3, 0x0A]
        let found = try findings(
            SecretsFixtures.textFile("bin.txt", SecretsFixtures.addedText([Array("ok\n".utf8), line])))

        #expect(found.map(\.rule) == [RuleID(.secret, "aws-access-key-id")])
        #expect(found.first?.line == 2)
        #expect(found.first?.secret?.length == 20)
        #expect(found.first?.secret?.prefix == "AKIA")
    }

    @Test func nulBytesAroundSecret() throws {
        let line = [0x00, 0x00] + Array("id=\(SecretsFixtures.accessKeyID)".utf8) + [0x00, 0x0A]
        let found = try findings(SecretsFixtures.textFile("data.txt", SecretsFixtures.addedText([line])))

        #expect(found.map(\.rule) == [RuleID(.secret, "aws-access-key-id")])
        #expect(found.first?.line == 1)
        #expect(found.first?.secret?.length == 20)
    }

    @Test func crlfLineEndingsStayOutOfSecret() throws {
        let password = "Nb9*UixrXk" + "OKKjO_"
        let text = "APP_ENV=production\r\nDB_PASSWORD=\(password)\r\nDEBUG=false\r\n"
        let found = try findings(SecretsFixtures.textFile(".env", SecretsFixtures.addedText(text)))

        #expect(found.map(\.rule) == [RuleID(.secret, "generic-password")])
        #expect(found.first?.line == 2)
        #expect(found.first?.secret?.length == password.count)
        #expect(found.first?.secret?.prefix == "Nb9*")
    }

    @Test func severalMegabyteLine() throws {
        // 4 MiB of letters and digits without a break: 64 KiB of random ones, repeated.
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
        let block = (0..<(64 << 10)).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] }
        var line = Array([[UInt8]](repeating: block, count: 64).joined())
        line += Array(" aws_access_key_id=\(SecretsFixtures.accessKeyID)\n".utf8)
        let found = try findings(SecretsFixtures.textFile("blob.txt", SecretsFixtures.addedText([line], firstLine: 7)))

        #expect(found.map(\.rule) == [RuleID(.secret, "aws-access-key-id")])
        #expect(found.first?.line == 7)
    }

    @Test func severalMegabyteToken() throws {
        // Every end along the token is a hit of secret.generic-token; they form one cluster,
        // so PCRE2 runs once and the whole token is the secret.
        let token = String(repeating: SecretsFixtures.token, count: 50_000)
        let text = "ok=1\nAUTH_TOKEN=\(token)\n"
        let found = try findings(SecretsFixtures.textFile("token.env", SecretsFixtures.addedText(text)))

        #expect(found.map(\.rule) == [RuleID(.secret, "generic-token")])
        #expect(found.first?.line == 2)
        #expect(found.first?.secret?.length == token.count)
    }

    @Test func twoKeysOnOneLine() throws {
        let second = "ASIA" + "QX2D45FO" + "LDQ4IW3N"
        let scanner = try SecretsFixtures.builtInScanner()
        let text = Array("keys: \(SecretsFixtures.accessKeyID),\(second)".utf8)
        #expect(try SecretsFixtures.secrets(in: text, scanner: scanner) == [SecretsFixtures.accessKeyID, second])
    }

    @Test func tokenLongerThanMaxWidth() throws {
        let rules = try SecretsFixtures.rules(
            SecretsFixtures.ruleFile(pattern: "tok_[a-z]{16,}", fields: ["max_width: 20"]))
        let scanner = try SecretScanner(rules: rules)
        let token = "tok_" + String(repeating: "abcdefghij", count: 10)
        #expect(try SecretsFixtures.secrets(in: Array("x = \(token);".utf8), scanner: scanner) == [token])
    }

    @Test func keywordRequiredNearby() throws {
        let rules = try SecretsFixtures.rules(
            SecretsFixtures.ruleFile(
                pattern: "[a-z0-9]{24}", fields: ["max_width: 40", "keywords: [acme]"],
                example: "acme: abcdefghijklmnop12345678"))
        let scanner = try SecretScanner(rules: rules)
        let secret = "q8w7e6r5t4y3u2i1o9p8a7s6"

        #expect(try SecretsFixtures.secrets(in: Array("ACME_KEY=\(secret)".utf8), scanner: scanner) == [secret])
        #expect(try SecretsFixtures.secrets(in: Array("OTHER_KEY=\(secret)".utf8), scanner: scanner) == [])
        let far = "acme" + String(repeating: " ", count: 60) + secret
        #expect(try SecretsFixtures.secrets(in: Array(far.utf8), scanner: scanner) == [])
    }

    @Test func placeholdersAreNotSecrets() throws {
        let scanner = try SecretsFixtures.builtInScanner()
        let texts = [
            "DB_PASSWORD=${DB_PASSWORD}",
            "api_key: \"<your-api-key>\"",
            "SECRET_KEY = '{{ secret_key }}'",
            "password = os.environ[\"DB_PASSWORD\"]",
            "AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "aws_access_key_id = AKIAIOSFODNN7" + "EXAMPLE",
            "password: changethis-now-please",
        ]
        for text in texts {
            #expect(try SecretsFixtures.secrets(in: Array(text.utf8), scanner: scanner) == [], "\(text)")
        }
    }

    @Test func vectorscanRejectionNamesRule() throws {
        let good = SecretsFixtures.ruleFile(id: "secret.plain", pattern: "tok_[a-z]{16}")
        let bad = SecretsFixtures.ruleFile(id: "secret.lookbehind", pattern: "(?<=key=)[a-z]{16}")
        let rules = try SecretsFixtures.rules(good, bad)

        #expect {
            try SecretScanner(rules: rules)
        } throws: { error in
            guard let error = error as? SecretsError else {
                return false
            }
            return error.kind == .patternRejected(rule: "secret.lookbehind", position: "test1.yml:4:14")
                && error.message.english.hasPrefix(
                    "test1.yml:4:14: rule secret.lookbehind: Vectorscan rejects the pattern: \"")
                && error.message.spanish.hasPrefix(
                    "test1.yml:4:14: regla secret.lookbehind: Vectorscan rechaza el patrón: \"")
        }
    }

    @Test func backreferenceRejectionNamesRule() throws {
        let rules = try SecretsFixtures.rules(
            SecretsFixtures.ruleFile(id: "secret.backreference", pattern: "(a+)b\\1"))
        let error = #expect(throws: SecretsError.self) {
            try SecretScanner(rules: rules)
        }
        #expect(error?.kind == .patternRejected(rule: "secret.backreference", position: "test0.yml:4:14"))
    }

    @Test func pcre2RejectionNamesRule() throws {
        let rules = try SecretsFixtures.rules(
            SecretsFixtures.ruleFile(
                id: "secret.unclosed", pattern: "tok_[a-z]{16}", fields: ["confirm: '(tok_[a-z]+'"]))
        let error = #expect(throws: SecretsError.self) {
            try SecretScanner(rules: rules)
        }
        #expect(error?.kind == .patternRejected(rule: "secret.unclosed", position: "test0.yml:5:14"))
        #expect(
            error?.message.english
                == "test0.yml:5:14: rule secret.unclosed: PCRE2 rejects the pattern: \"missing closing parenthesis\". "
                + "Fix the pattern, then run `vixen-gate rules check` to test the rule against its examples.")
    }

    @Test func missingSecretGroupNamesRule() throws {
        let rules = try SecretsFixtures.rules(
            SecretsFixtures.ruleFile(id: "secret.group", pattern: "tok_[a-z]{16}", fields: ["secret_group: 2"]))
        let error = #expect(throws: SecretsError.self) {
            try SecretScanner(rules: rules)
        }
        #expect(error?.kind == .patternRejected(rule: "secret.group", position: "test0.yml:4:14"))
        #expect(error?.message.english.contains("secret_group is 2, but the pattern has only 0 capture groups") == true)
    }
}
