import Testing
import VixenChecks
import VixenConfig
import VixenCore

private func configuration(_ yaml: String) throws -> Configuration {
    try Configuration.parse(bytes: Array(yaml.utf8), source: ".vixen-gate.yml")
}

@Suite struct ConfiguredComponentsTests {
    static let yaml = """
        components:
          BE: [backend/**]
          DB: "backend/app/alembic/**"
          PAYMENTS: [services/payments/**, libs/payments/]
          OPS: Dockerfile

        """

    @Test func mostSpecificGlobWins() throws {
        let resolver = try ComponentFixtures.resolver([], configuration: configuration(Self.yaml))
        #expect(resolver.component(for: "backend/app/main.py") == .backend)
        #expect(resolver.component(for: "backend/app/alembic/versions/0001.py") == .database)
        #expect(resolver.component(for: "services/payments/api.py") == Component("PAYMENTS"))
        #expect(resolver.component(for: "libs/payments/card.py") == Component("PAYMENTS"))
    }

    @Test func fileNameGlobCompetesBySpecificity() throws {
        let resolver = try ComponentFixtures.resolver([], configuration: configuration(Self.yaml))
        // "Dockerfile" has 10 literal characters, more than the 8 of "backend/".
        #expect(resolver.component(for: "backend/Dockerfile") == .operations)
        // "services/payments/" has 18, more than "Dockerfile".
        #expect(resolver.component(for: "services/payments/Dockerfile") == Component("PAYMENTS"))
    }

    @Test func unmatchedPathHasNoComponent() throws {
        let resolver = try ComponentFixtures.resolver(
            ["frontend/package.json", "README.md"], configuration: configuration(Self.yaml)
        )
        #expect(resolver.component(for: "README.md") == nil)
        #expect(resolver.component(for: "frontend/src/main.ts") == nil)
        #expect(resolver.component(for: "backend") == nil)
    }

    @Test func tieGoesToFirstDeclared() throws {
        let first = try ComponentFixtures.resolver(
            [], configuration: configuration("components:\n  A: src/**\n  B: src/*\n"))
        #expect(first.component(for: "src/x.py") == Component("A"))

        let second = try ComponentFixtures.resolver(
            [], configuration: configuration("components:\n  B: src/*\n  A: src/**\n")
        )
        #expect(second.component(for: "src/x.py") == Component("B"))
    }

    @Test func tieWithinOneComponentList() throws {
        let resolver = try ComponentFixtures.resolver(
            [], configuration: configuration("components:\n  A: [x/**]\n  B: [y/**, x/*]\n")
        )
        #expect(resolver.component(for: "x/file") == Component("A"))
        #expect(resolver.component(for: "y/file") == Component("B"))
    }

    @Test func configuredComponentsDoNotReadSnapshot() throws {
        let snapshot = UnreadableSnapshot(paths: ["backend/alembic.ini", "backend/app/main.py"])
        let resolver = try ComponentResolver(configuration: configuration(Self.yaml), snapshot: snapshot)
        #expect(resolver.component(for: "backend/app/main.py") == .backend)
    }

    @Test func detectionPropagatesReadError() {
        let snapshot = UnreadableSnapshot(paths: ["backend/alembic.ini", "backend/app/main.py"])
        #expect(throws: UnreadableSnapshot.ReadError(path: "backend/alembic.ini")) {
            try ComponentResolver(configuration: .default, snapshot: snapshot)
        }
    }

    @Test func componentsAreSortedAndUnique() throws {
        let resolver = try ComponentFixtures.resolver(
            [], configuration: configuration("components:\n  ZED: z/**\n  TESTS: t/**\n  ALPHA: a/**\n  BE: b/**\n")
        )
        let components = resolver.components(for: ["z/1", "t/1", "a/1", "b/1", "b/2", "none/1", "t/2"])
        #expect(components == [.backend, .tests, Component("ALPHA"), Component("ZED")])
    }

    @Test func componentsOfNoPathsIsEmpty() throws {
        let resolver = try ComponentFixtures.resolver([])
        #expect(resolver.components(for: []) == [])
        #expect(resolver.components(for: ["unmatched.txt"]) == [])
    }
}
