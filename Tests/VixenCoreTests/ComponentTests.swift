import Testing
import VixenCore

struct ComponentTests {
    @Test func builtInOrderIsReportOrder() {
        let shuffled: [Component] = [.tests, .database, .docs, .backend, .operations, .frontend]
        #expect(shuffled.sorted() == [.backend, .frontend, .database, .operations, .docs, .tests])
    }

    @Test func customComponentsFollowBuiltInByName() {
        let components = [Component("ML"), .tests, Component("API"), .backend]
        #expect(components.sorted() == [.backend, .tests, Component("API"), Component("ML")])
    }

    @Test func builtInNames() {
        #expect(Component.builtIn.map(\.name) == ["BE", "FE", "DB", "OPS", "DOCS", "TESTS"])
        #expect(Component("BE") == .backend)
    }

    @Test func docsAndTestsAreNotDeployable() {
        #expect(!Component.docs.isDeployable)
        #expect(!Component.tests.isDeployable)
        #expect(Component.backend.isDeployable)
        #expect(Component.database.isDeployable)
        #expect(Component("ML").isDeployable)
    }
}
