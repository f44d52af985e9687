import Foundation
import Testing
import VixenTestSupport

struct BuildProductsTests {
    @Test func findsBuiltVixenGate() throws {
        let binary = try BuildProducts.vixenGate()
        #expect(binary.lastPathComponent == "vixen-gate")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
    }

    @Test func missingExecutableThrowsWithName() throws {
        let error = try #require(throws: BuildProductsError.self) {
            try BuildProducts.executable(named: "vixen-gate-missing-tool")
        }
        guard case .executableNotFound(let name, let searched) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(name == "vixen-gate-missing-tool")
        #expect(!searched.isEmpty)
        #expect(error.description.contains("swift build --product vixen-gate-missing-tool"))
    }
}
