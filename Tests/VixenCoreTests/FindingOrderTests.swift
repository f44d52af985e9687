import Testing
import VixenCore

struct FindingOrderTests {
    private func finding(_ file: String?, _ line: Int?, _ rule: RuleID) -> Finding {
        Finding(rule: rule, severity: .warning, file: file, line: line, message: LocalizedText(en: "m", es: "m"))
    }

    @Test func sortsByFileLineAndRule() {
        let whole = finding(nil, nil, RuleID(.git, "file-too-large"))
        let fileLevel = finding("a.py", nil, RuleID(.secret, "env-file"))
        let lineTwoEnv = finding("a.py", 2, RuleID(.env, "undocumented"))
        let lineTwoChecklist = finding("a.py", 2, RuleID(.checklist, "debugger"))
        let lineTen = finding("a.py", 10, RuleID(.checklist, "debugger"))
        let otherFile = finding("b.py", 1, RuleID(.checklist, "debugger"))

        let sorted = [otherFile, lineTen, lineTwoEnv, whole, lineTwoChecklist, fileLevel]
            .sorted(by: Finding.reportOrder)

        #expect(sorted == [whole, fileLevel, lineTwoChecklist, lineTwoEnv, lineTen, otherFile])
    }

    @Test func equalKeysAreNotOrdered() {
        let first = finding("a.py", 3, RuleID(.env, "undocumented"))
        let second = finding("a.py", 3, RuleID(.env, "undocumented"))

        #expect(!Finding.reportOrder(first, second))
        #expect(!Finding.reportOrder(second, first))
    }
}
