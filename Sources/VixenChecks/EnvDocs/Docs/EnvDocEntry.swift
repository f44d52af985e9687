/// One variable a documentation file lists.
public struct EnvDocEntry: Sendable, Hashable {
    public let name: String
    /// Path of the documentation file, relative to the repository root.
    public let path: String
    /// The 1-based line that lists it.
    public let line: Int

    public init(name: String, path: String, line: Int) {
        self.name = name
        self.path = path
        self.line = line
    }
}

/// A line of a dotenv example file that is not a variable, a comment or blank.
public struct MalformedDotenvLine: Sendable, Hashable {
    public enum Problem: String, Sendable, Hashable {
        /// The name has characters other than ASCII letters, digits and `_`, or starts with a digit.
        case invalidName = "invalid-name"
        /// Text follows the name without `=`.
        case missingEquals = "missing-equals"
        /// A quoted value that no later quote closes.
        case unterminatedQuote = "unterminated-quote"
        /// Text other than a comment after a quoted value's closing quote.
        case textAfterQuote = "text-after-quote"
    }

    public let path: String
    public let line: Int
    public let problem: Problem

    /// Keeps no text of the line, because an example file may hold a real secret value.
    public init(path: String, line: Int, problem: Problem) {
        self.path = path
        self.line = line
        self.problem = problem
    }
}
