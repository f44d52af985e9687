import Testing
import VixenCore

@testable import VixenReport

@Suite("Report grouping")
struct ReportGroupTests {
    private func makeFile(_ path: String, _ component: Component?) -> Report.File {
        Report.File(path: path, oldPath: nil, status: .modified, component: component)
    }

    private func makeFinding(_ file: String?, line: Int?, rule: String, message: String = "") -> Finding {
        Finding(
            rule: RuleID(.checklist, rule), severity: .warning, file: file, line: line,
            message: LocalizedText(en: message, es: message))
    }

    @Test func groupOrder() {
        let groups: [ReportGroup] = [
            .range, .other, .component(Component("ZETA")), .component(.tests), .component(Component("ALPHA")),
            .component(.backend), .component(.docs),
        ]
        #expect(
            groups.sorted() == [
                .component(.backend), .component(.docs), .component(.tests), .component(Component("ALPHA")),
                .component(Component("ZETA")), .other, .range,
            ])
    }

    @Test func filesSortedByPathWithinGroup() {
        let files = [
            makeFile("web/b.ts", .frontend), makeFile("README", nil), makeFile("api/z.py", .backend),
            makeFile("web/a.ts", .frontend), makeFile("api/a.py", .backend), makeFile("LICENSE", nil),
        ]
        let grouped = ReportGroup.groupFiles(files)

        #expect(grouped.map(\.group) == [.component(.backend), .component(.frontend), .other])
        #expect(
            grouped.map { $0.files.map(\.path) } == [
                ["api/a.py", "api/z.py"], ["web/a.ts", "web/b.ts"], ["LICENSE", "README"],
            ])
    }

    @Test func findingsSortedByFileLineRule() {
        let files = [makeFile("api/a.py", .backend), makeFile("api/b.py", .backend)]
        let findings = [
            makeFinding("api/b.py", line: 1, rule: "a"),
            makeFinding("api/a.py", line: 10, rule: "a"),
            makeFinding("api/a.py", line: nil, rule: "z"),
            makeFinding("api/a.py", line: 2, rule: "b"),
            makeFinding("api/a.py", line: 2, rule: "a"),
            makeFinding("api/a.py", line: nil, rule: "y"),
        ]
        let grouped = ReportGroup.groupFindings(findings, files: files)

        #expect(grouped.map(\.group) == [.component(.backend)])
        let order = grouped.first?.findings.map { "\($0.file ?? "-"):\($0.line ?? 0):\($0.rule.name)" }
        #expect(
            order == ["api/a.py:0:y", "api/a.py:0:z", "api/a.py:2:a", "api/a.py:2:b", "api/a.py:10:a", "api/b.py:1:a"])
    }

    @Test func tiedFindingsKeepReportOrder() {
        let findings = [
            makeFinding(nil, line: nil, rule: "same", message: "first"),
            makeFinding(nil, line: nil, rule: "same", message: "second"),
            makeFinding(nil, line: nil, rule: "same", message: "third"),
        ]
        let grouped = ReportGroup.groupFindings(findings, files: [])

        #expect(grouped.map(\.group) == [.range])
        #expect(grouped.first?.findings.map(\.message.english) == ["first", "second", "third"])
    }

    @Test func findingGroupsFollowFileComponents() {
        let files = [makeFile("ops/Dockerfile", .operations), makeFile("Makefile", nil)]
        let findings = [
            makeFinding(nil, line: nil, rule: "range-wide"),
            makeFinding("Makefile", line: 1, rule: "no-component"),
            makeFinding("gone.txt", line: 1, rule: "unlisted"),
            makeFinding("ops/Dockerfile", line: 3, rule: "ops"),
        ]
        let grouped = ReportGroup.groupFindings(findings, files: files)

        #expect(grouped.map(\.group) == [.component(.operations), .other, .range])
        #expect(
            grouped.map { $0.findings.map(\.rule.name) } == [["ops"], ["no-component", "unlisted"], ["range-wide"]])
    }
}
