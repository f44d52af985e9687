import Foundation
import Testing
import VixenCLI
import VixenTestSupport

@Suite struct MigrationsRunTests {
    @Test func missingURLSaysWhereToSetIt() throws {
        let repository = try GitRepository()

        let result = RulesTestConsole.run(["migrations", "verify"], in: repository.path)

        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(
            result.error
                == "vixen-gate: error: No database URL. Set VIXEN_GATE_DATABASE_URL (preferred, so the password stays off the "
                + "command line) or pass --database-url, such as postgresql://user:password@localhost:5432/postgres.\n")
    }

    @Test func invalidURLIsShownRedacted() throws {
        let repository = try GitRepository()

        let result = RulesTestConsole.run(
            ["migrations", "verify"], in: repository.path,
            environment: ["LANG": "en_US.UTF-8", "VIXEN_GATE_DATABASE_URL": "postgresql://app:hunter2@db:99999/x"])

        #expect(result.status == 2)
        #expect(!result.error.contains("hunter2"))
        #expect(
            result.error
                == "vixen-gate: error: Invalid database URL \"postgresql://app:***@db:99999/x\": the port \"99999\" is "
                + "not a number from 1 to 65535.\n")
    }

    @Test func urlTypedAsArgumentIsRedactedInUsageError() throws {
        let repository = try GitRepository()

        let result = RulesTestConsole.run(
            ["migrations", "verify", "postgresql://app:hunter2@db/x"], in: repository.path)

        #expect(result.status == 2)
        #expect(!result.error.contains("hunter2"))
        #expect(result.error.contains("postgresql://app:***@db/x"))
    }

    @Test func rangeWithoutMigrationsNeedsNoServer() throws {
        let repository = try GitRepository()
        try repository.write("README.md", "# App\n")
        try repository.commit("Add the README")
        try repository.write("docs/setup.md", "Run it.\n")
        try repository.commit("Document the setup")

        let result = RulesTestConsole.run(
            ["migrations", "verify", "--base", "HEAD~1", "--database-url", "postgresql://app@127.0.0.1:1/none"],
            in: repository.path)

        let base = try repository.revParse("HEAD~1").prefix(7)
        let head = try repository.revParse("HEAD").prefix(7)
        #expect(result.status == 0)
        #expect(result.output == "No new migrations between \(base) and \(head); nothing to verify.\n")
    }
}
