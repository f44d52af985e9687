import Foundation
import Testing
import VixenChecks

@Suite struct BuiltInRulesTests {
    /// The rules folder in the source tree, found from this file's path.
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/VixenChecks/Secrets/Resources/rules")

    @Test func embeddedListMatchesFolder() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
            .sorted()
        #expect(BuiltInRules.names == onDisk)
    }

    @Test func embeddedBytesMatchFiles() throws {
        for file in try BuiltInRules.files() {
            let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(file.path)))
            #expect(file.bytes == bytes, "\(file.path) differs from the file in the source tree")
        }
    }
}
