import VixenCore

/// The reason a baseline file could not be used.
///
/// The run then stops and names the file, so that a damaged baseline gets fixed instead of being
/// ignored without a word.
public struct BaselineError: Error, Sendable, Equatable {
    /// The file's name as the message gives it.
    public let file: String
    public let problem: LocalizedText

    public init(file: String, problem: LocalizedText) {
        self.file = file
        self.problem = problem
    }

    public var message: LocalizedText { Catalog.baselineInvalid(file, problem: problem) }
}
