import Testing
import VixenChecks
import VixenCore

/// A folder that is both a Python app root and a Node app root, as in a Python project that
/// keeps its JavaScript tooling at the root.
@Suite struct SharedAppRootTests {
    private static let layout = [
        "pyproject.toml", "package.json", "package-lock.json", "src/app/flows.py", "src/app/static/web/package.json",
    ]

    @Test func pythonFilesStayBackend() throws {
        let resolver = try ComponentFixtures.resolver(Self.layout)
        #expect(resolver.component(for: "src/app/flows.py") == .backend)
        #expect(resolver.component(for: "tox.ini") == .backend)
        #expect(resolver.component(for: "MANIFEST.in") == .backend)
    }

    @Test func javaScriptFilesAreFrontend() throws {
        let resolver = try ComponentFixtures.resolver(Self.layout)
        #expect(resolver.component(for: "package.json") == .frontend)
        #expect(resolver.component(for: "package-lock.json") == .frontend)
        #expect(resolver.component(for: "src/app/widgets/chart.ts") == .frontend)
        #expect(resolver.component(for: "tsconfig.json") == .frontend)
        #expect(resolver.component(for: ".nvmrc") == .frontend)
        #expect(resolver.component(for: "bun.lock") == .frontend)
        #expect(resolver.component(for: "img/screenshot.png") == .frontend)
    }

    @Test func deeperNodeAppKeepsEverything() throws {
        let resolver = try ComponentFixtures.resolver(Self.layout)
        #expect(resolver.component(for: "src/app/static/web/src/main.js") == .frontend)
        #expect(resolver.component(for: "src/app/static/web/scripts/build.py") == .frontend)
    }

    @Test func nodeOnlyRootKeepsEveryFile() throws {
        let resolver = try ComponentFixtures.resolver(["package.json", "tools/build.py"])
        #expect(resolver.component(for: "tools/build.py") == .frontend)
    }
}
