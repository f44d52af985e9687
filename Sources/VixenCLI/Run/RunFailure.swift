import VixenConfig
import VixenCore
import VixenGit

/// Anything that stops a command before it can give a verdict; always exit status 2.
enum RunFailure: Error {
    case git(GitError)
    case configuration(ConfigurationError)
    case message(LocalizedText)

    static let exitStatus: Int32 = 2

    func text(_ language: Language) -> String {
        switch self {
        case .git(let error): error.message(language)
        case .configuration(let error): error.formatted(language)
        case .message(let text): text(language)
        }
    }
}
