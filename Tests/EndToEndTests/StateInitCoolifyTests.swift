import Foundation
import Testing
import VixenTestSupport

/// `vixen-gate state init` without `--commit`, which records the commit that the environment's
/// Coolify applications run, against a fake Coolify on loopback.
struct StateInitCoolifyTests {
    static let token = "1|readtokenAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    static let backend = "bkd0g8cc0kg44ogkwco8soc4"
    static let frontend = "fnt0g8cc0kg44ogkwco8soc4"

    let repository: GitRepository
    let gate: VixenGateBinary
    let coolify: FakeCoolify
    /// The team's first commit, which most tests make the applications run.
    let initial: String
    /// HEAD: the commit that configures Coolify, after `initial`.
    let head: String

    init() throws {
        repository = try TeamRepository.make()
        gate = try VixenGateBinary()
        coolify = try FakeCoolify()
        coolify.addToken(Self.token, scopes: ["read"])
        initial = try repository.head()
        try repository.write(
            ".vixen-gate.yml",
            """
            coolify:
              url: \(coolify.url)
              applications:
                staging: {BE: \(Self.backend), FE: \(Self.frontend)}
                production: {BE: \(Self.backend)}

            """)
        head = try repository.commit("Configure Coolify")
    }

    /// Makes the backend report `backend` and the frontend `frontend` as their commits.
    private func run(backend: String, frontend: String) {
        coolify.addApplication(FakeApplication(uuid: Self.backend, name: "api", gitCommitSHA: backend))
        coolify.addApplication(FakeApplication(uuid: Self.frontend, name: "web", gitCommitSHA: frontend))
    }

    private func stateInit(_ target: String = "staging", token: String = Self.token) throws -> ProcessResult {
        try gate.run(
            ["state", "init", "--target", target], in: repository.url, environment: ["COOLIFY_TOKEN": token])
    }

    /// Returns the commit that the environment's deployed reference records, or nil without one.
    private func deployed(_ environment: String) -> String? {
        try? repository.revParse("refs/vixen-gate/deployed/\(environment)")
    }

    @Test func agreeingApplicationsRecordCommit() throws {
        run(backend: initial, frontend: initial)

        let result = try stateInit()

        #expect(result.status == 0, "\(result.stderr)")
        #expect(deployed("staging") == initial)
        #expect(
            result.stderr.hasPrefix(
                "Coolify runs \(initial.prefix(7)) on staging: BE (\(Self.backend)), FE (\(Self.frontend)).\n"))
        #expect(result.stdout.contains("Recorded in refs/vixen-gate/deployed/staging."))
        let paths = coolify.requests.map { "\($0.method) \($0.path)" }
        #expect(
            paths == [
                "GET /api/v1/applications/\(Self.backend)", "GET /api/v1/applications/\(Self.frontend)",
            ])
        #expect(
            coolify.requests.map { $0.headers["authorization"] } == ["Bearer \(Self.token)", "Bearer \(Self.token)"])
    }

    @Test func productionReadsItsOwnApplications() throws {
        run(backend: initial, frontend: head)

        let result = try stateInit("production")

        #expect(result.status == 0, "\(result.stderr)")
        #expect(deployed("production") == initial)
        #expect(coolify.requests.map(\.path) == ["/api/v1/applications/\(Self.backend)"])
    }

    @Test func hotfixRecordsProduction() throws {
        run(backend: initial, frontend: head)

        let result = try stateInit("hotfix")

        #expect(result.status == 0, "\(result.stderr)")
        #expect(deployed("production") == initial)
    }

    @Test func disagreeingApplicationsStop() throws {
        run(backend: initial, frontend: head)

        let result = try stateInit()

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: The Coolify applications of staging run different commits: BE (\(Self.backend)): "
                + "\(initial), FE (\(Self.frontend)): \(head). Deploy them to one commit, or pass --commit with the "
                + "commit to record.\n")
        #expect(deployed("staging") == nil)
    }

    @Test func headCommitStops() throws {
        run(backend: initial, frontend: "HEAD")

        let result = try stateInit()

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: Coolify application \(Self.frontend) (FE) reports the commit \"HEAD\", which "
                + "names no commit: Coolify then builds the latest commit of the branch, so the commit that runs is "
                + "unknown. Pass --commit with the commit that runs there.\n")
        #expect(deployed("staging") == nil)
    }

    @Test func emptyCommitStops() throws {
        run(backend: "", frontend: initial)

        let result = try stateInit()

        #expect(result.status == 2)
        #expect(result.stderr.contains("Coolify application \(Self.backend) (BE) reports the commit \"\", which "))
    }

    @Test func missingCommitSaysFetch() throws {
        let absent = "0123456789abcdef0123456789abcdef01234567"
        run(backend: absent, frontend: absent)

        let result = try stateInit()

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: The commit \(absent) that Coolify runs for BE (\(Self.backend)), "
                + "FE (\(Self.frontend)) is not in this repository. Fetch it (git fetch origin), or pass --commit.\n")
    }

    @Test func rejectedTokenIsNeverPrinted() throws {
        run(backend: initial, frontend: initial)
        let wrong = "9|wrongtokenZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"

        let result = try stateInit(token: wrong)

        #expect(result.status == 2)
        #expect(result.stderr.contains("Reading the commit of Coolify application \(Self.backend) (BE) failed: "))
        #expect(result.stderr.contains("COOLIFY_TOKEN"))
        #expect(result.stderr.contains("pass --commit.\n"))
        #expect(!result.stderr.contains("wrongtoken"))
        #expect(!result.stdout.contains("wrongtoken"))
    }

    @Test func spanishMessage() throws {
        run(backend: initial, frontend: "HEAD")

        let result = try gate.run(
            ["state", "init", "--target", "staging"], in: repository.url,
            environment: ["COOLIFY_TOKEN": Self.token, "LANG": "es_ES.UTF-8"])

        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "La aplicación de Coolify \(Self.frontend) (FE) indica el commit \"HEAD\", que no identifica ningún "
                    + "commit"))
    }

    @Test func withoutCoolifySectionAsksForCommit() throws {
        let plain = try TeamRepository.make()

        let result = try gate.run(["state", "init", "--target", "staging"], in: plain.url)

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "vixen-gate: error: state init without --commit reads the commit that staging runs from Coolify, "
                + "but .vixen-gate.yml has no coolify section. Pass --commit with the commit that runs there, or "
                + "configure coolify.url and coolify.applications.staging.\n")
    }

    @Test func commitOptionSkipsCoolify() throws {
        let result = try gate.run(
            ["state", "init", "--target", "staging", "--commit", initial], in: repository.url)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(deployed("staging") == initial)
        #expect(coolify.requests.isEmpty)
    }
}
