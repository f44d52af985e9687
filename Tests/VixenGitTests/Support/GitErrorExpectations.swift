import Testing
import VixenCore
import VixenGit

/// Checks that an error's message exists in both languages and names the value a person
/// needs to act on.
func expectMessage(
    of error: GitError?, names value: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let error else {
        Issue.record("no error was thrown, so there is no message to check", sourceLocation: sourceLocation)
        return
    }
    let message = error.message
    #expect(!message.english.isEmpty, sourceLocation: sourceLocation)
    #expect(!message.spanish.isEmpty, sourceLocation: sourceLocation)
    #expect(message.english != message.spanish, sourceLocation: sourceLocation)
    #expect(message.english.contains(value), "English: \(message.english)", sourceLocation: sourceLocation)
    #expect(message.spanish.contains(value), "Spanish: \(message.spanish)", sourceLocation: sourceLocation)
}
