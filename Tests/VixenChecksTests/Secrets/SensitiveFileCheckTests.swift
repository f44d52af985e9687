import Foundation
import Testing
import VixenChecks
import VixenConfig
import VixenCore

/// Files that hold credentials by their nature, with names and contents that must and must not
/// trigger each rule.
@Suite struct SensitiveFileCheckTests {
    private static let privateKey = "-----BEGIN " + "OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"

    /// Returns the findings for one commit that adds `path` with `content`.
    private func findings(_ path: String, _ content: String, status: FileChange.Status = .added) throws -> [Finding] {
        var builder = AddedTextBuilder()
        var number = 1
        for line in content.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let bytes = Array((line + "\n").utf8)
            bytes.withUnsafeBytes { builder.append(number: number, content: $0) }
            number += 1
        }
        let file = FileChange(
            path: path, oldPath: status == .renamed ? "old/" + path : nil, status: status,
            content: .text(builder.build()), size: Int64(content.utf8.count))
        let commit = CommitChange(
            id: ObjectID(hex: String(repeating: "b", count: 40)), parents: [], summary: "Add", authorName: "A",
            time: Date(timeIntervalSince1970: 0), files: [file])
        let changes = ChangeSet(base: nil, head: commit.id, diffBase: nil, commits: [commit], overall: [file])
        let resolver = try ComponentResolver(configuration: .default, snapshot: InMemorySnapshot(files: [:]))
        return try SensitiveFileCheck().run(
            CheckContext(changes: changes, components: resolver, configuration: .default))
    }

    private func rules(_ path: String, _ content: String, status: FileChange.Status = .added) throws -> [String] {
        try findings(path, content, status: status).map(\.rule.description)
    }

    @Test(arguments: [".env", "backend/.env", ".env.production", "frontend/.env.local"])
    func environmentFileTriggers(path: String) throws {
        #expect(try rules(path, "DEBUG=1\n") == ["secret.env-file"])
    }

    @Test(arguments: [".env.example", "backend/.env.sample", ".env.template", ".env.dist", "env.txt", ".envrc"])
    func documentationEnvironmentFileDoesNot(path: String) throws {
        #expect(try rules(path, "DEBUG=1\n") == [])
    }

    @Test(arguments: ["id_rsa", "deploy/id_ed25519", "certs/server.pem", "tls/site.key"])
    func privateKeyFileTriggers(path: String) throws {
        #expect(try rules(path, Self.privateKey) == ["secret.private-key-file"])
    }

    @Test func publicKeyAndCertificateDoNot() throws {
        #expect(try rules("id_rsa.pub", "ssh-ed25519 AAAAC3Nza user@host\n") == [])
        #expect(try rules("certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n") == [])
    }

    @Test(arguments: ["release.keystore", "android/app/upload.jks", "certs/client.p12", "win/signing.PFX"])
    func keyStoreTriggers(path: String) throws {
        #expect(try rules(path, "binary\n") == ["secret.keystore-file"])
    }

    @Test func registryCredentialsTrigger() throws {
        #expect(try rules(".npmrc", "//registry.npmjs.org/:_authToken=abc\n") == ["secret.registry-credentials-file"])
        #expect(try rules(".pypirc", "[pypi]\npassword = abc\n") == ["secret.registry-credentials-file"])
    }

    @Test func registryConfigurationWithoutCredentialsDoesNot() throws {
        #expect(try rules(".npmrc", "save-exact=true\n") == [])
        #expect(try rules(".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n") == [])
        #expect(try rules(".pypirc", "[pypi]\npassword = $PYPI_TOKEN\n") == [])
        #expect(try rules(".pypirc", "[distutils]\nindex-servers = pypi\n") == [])
    }

    @Test func kubeconfigWithCredentialsTriggers() throws {
        #expect(try rules("deploy/kubeconfig", "users:\n- user:\n    token: abc\n") == ["secret.kubeconfig-file"])
        #expect(try rules("home/.kube/config", "client-key-data: AAA\n") == ["secret.kubeconfig-file"])
    }

    @Test func kubeconfigWithoutCredentialsDoesNot() throws {
        #expect(try rules("deploy/kubeconfig", "clusters:\n- name: prod\n") == [])
    }

    @Test func cloudCredentialsTrigger() throws {
        #expect(try rules("credentials.json", "{\"private_key\": \"x\"}\n") == ["secret.credentials-file"])
        #expect(try rules("ops/.aws/credentials", "aws_secret_access_key = x\n") == ["secret.credentials-file"])
    }

    @Test func unrelatedCredentialsNamesDoNot() throws {
        #expect(try rules("docs/credentials.json", "{\"type\": \"example\"}\n") == [])
        #expect(try rules("app/credentials.py", "def load(): pass\n") == [])
    }

    @Test func modifiedFileIsNotReported() throws {
        #expect(try rules(".env", "DEBUG=1\n", status: .modified) == [])
    }

    @Test func renameOntoSensitiveNameIsReported() throws {
        #expect(try rules(".env", "DEBUG=1\n", status: .renamed) == ["secret.env-file"])
    }

    @Test func messageSaysWhereValuesBelong() throws {
        let finding = try #require(try findings("backend/.env", "DEBUG=1\n").first)
        #expect(finding.line == 1)
        #expect(finding.commit == String(repeating: "b", count: 40))
        #expect(finding.message.english.contains("Coolify's environment variables"))
        #expect(finding.message.spanish.contains("variables de entorno de Coolify"))
    }
}
