import Testing
import VixenReport

@Suite("Terminal color")
struct TerminalColorTests {
    @Test func alwaysIgnoresEnvironment() {
        let environment = ["NO_COLOR": "1", "TERM": "dumb"]
        #expect(TerminalColor.shouldColor(choice: .always, isTerminal: false, environment: environment))
        #expect(TerminalColor.shouldColor(choice: .always, isTerminal: true, environment: environment))
    }

    @Test func neverIgnoresEnvironment() {
        let environment = ["CLICOLOR_FORCE": "1"]
        #expect(!TerminalColor.shouldColor(choice: .never, isTerminal: true, environment: environment))
        #expect(!TerminalColor.shouldColor(choice: .never, isTerminal: false, environment: environment))
    }

    @Test func autoFollowsTerminal() {
        #expect(TerminalColor.shouldColor(choice: .auto, isTerminal: true, environment: [:]))
        #expect(!TerminalColor.shouldColor(choice: .auto, isTerminal: false, environment: [:]))
    }

    @Test(arguments: [
        (["NO_COLOR": "1"], false),
        (["NO_COLOR": "yes"], false),
        (["NO_COLOR": "0"], false),
        (["NO_COLOR": ""], true),
        (["TERM": "dumb"], false),
        (["TERM": "xterm-256color"], true),
        (["CLICOLOR_FORCE": "1", "NO_COLOR": "1"], false),
    ])
    func autoOnTerminal(environment: [String: String], expected: Bool) {
        #expect(TerminalColor.shouldColor(choice: .auto, isTerminal: true, environment: environment) == expected)
    }

    @Test(arguments: [
        (["CLICOLOR_FORCE": "1"], true),
        (["CLICOLOR_FORCE": "yes"], true),
        (["CLICOLOR_FORCE": "1", "TERM": "dumb"], true),
        (["CLICOLOR_FORCE": "0"], false),
        (["CLICOLOR_FORCE": ""], false),
        (["CLICOLOR_FORCE": "1", "NO_COLOR": "1"], false),
    ])
    func autoInPipe(environment: [String: String], expected: Bool) {
        #expect(TerminalColor.shouldColor(choice: .auto, isTerminal: false, environment: environment) == expected)
    }

    @Test func colorChoiceParsesFlagValues() {
        #expect(ColorChoice(rawValue: "auto") == .auto)
        #expect(ColorChoice(rawValue: "always") == .always)
        #expect(ColorChoice(rawValue: "never") == .never)
        #expect(ColorChoice(rawValue: "Always") == nil)
        #expect(ColorChoice.allCases.map(\.rawValue) == ["auto", "always", "never"])
    }
}
