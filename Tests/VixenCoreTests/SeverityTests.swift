import Testing
import VixenCore

struct SeverityTests {
    @Test func ordersInfoWarningError() {
        #expect(Severity.info < .warning)
        #expect(Severity.warning < .error)
        #expect(Severity.info < .error)
        #expect(!(Severity.error < .error))
    }

    @Test func sortsAndFindsMaximum() {
        #expect([Severity.error, .info, .warning].sorted() == [.info, .warning, .error])
        #expect([Severity.warning, .info].max() == .warning)
    }

    @Test func onlyErrorBlocks() {
        #expect(Severity.error.blocks)
        #expect(!Severity.warning.blocks)
        #expect(!Severity.info.blocks)
    }
}
