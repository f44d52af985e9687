import Foundation
import Testing
import VixenCLI
import VixenTestSupport

extension CI {
    /// Secret findings of `check --ci`, whose commits have already reached the remote.
    @Suite("check --ci secrets")
    struct PushedSecretTests {
        /// A GitHub classic token built at run time, so the test file itself contains no credential.
        static let token = "ghp_" + String(repeating: "k7Qz9Xw2", count: 3) + "aB3dE1fG4hJ5"

        static let rotateEnglish =
            "This value has already reached the remote, so removing it from the commits is not enough. Rotate it "
            + "now (revoke it and issue a new one), because anyone who can read the repository may have copied it."
        static let rotateSpanish =
            "Este valor ya llegó al remoto, así que no basta con eliminarlo de los commits. Rótelo ya (revóquelo y "
            + "genere uno nuevo), porque cualquiera con acceso al repositorio puede haberlo copiado."

        /// Returns the exit status and the findings' messages of a check of a commit that adds a token.
        ///
        /// The check runs under GitLab's push variables when `ci` is true.
        private func run(language: String, ci: Bool) throws -> (status: Int32, messages: [String]) {
            let origin = try GitRepository()
            try origin.write("README.md", "# App\n")
            let base = try origin.commit("Start")
            try origin.write("deploy.sh", "export TOKEN=\(Self.token)\n")
            let head = try origin.commit("Add a deploy script")
            let folder = try TemporaryDirectory()
            var environment = ["LANG": language]
            var arguments = ["check", "--repo", origin.path, "--format", "json"]
            if ci {
                environment.merge(
                    [
                        "GITLAB_CI": "true", "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BEFORE_SHA": base,
                        "CI_COMMIT_SHA": head,
                    ]
                ) { _, new in new }
                arguments.append("--ci")
            } else {
                arguments += ["--base", base]
            }

            let capture = ConsoleCapture()
            let status = VixenGate.run(
                arguments: arguments, environment: environment, currentDirectory: folder.path, console: capture.console)
            let object = try JSONSerialization.jsonObject(with: Data(capture.output.utf8)) as? [String: Any]
            let findings = object?["findings"] as? [[String: Any]] ?? []
            return (status, findings.compactMap { $0["message"] as? String })
        }

        @Test func secretMessageSaysToRotate() throws {
            let result = try run(language: "en_US.UTF-8", ci: true)
            #expect(result.status == 1)
            #expect(result.messages.count == 1)
            #expect(result.messages.first?.hasSuffix(" " + Self.rotateEnglish) == true)
            #expect(result.messages.first?.hasPrefix("Secret found: GitHub") == true)
        }

        @Test func secretMessageSaysToRotateInSpanish() throws {
            let result = try run(language: "es_ES.UTF-8", ci: true)
            #expect(result.messages.first?.hasSuffix(" " + Self.rotateSpanish) == true)
        }

        @Test func localCheckKeepsMessage() throws {
            let result = try run(language: "en_US.UTF-8", ci: false)
            #expect(result.status == 1)
            #expect(result.messages.count == 1)
            #expect(result.messages.first?.contains("reached the remote") == false)
        }
    }
}
