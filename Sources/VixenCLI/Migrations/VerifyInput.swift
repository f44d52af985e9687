import Foundation
import VixenPostgres

/// The migrations a verification applies, and where their files or commands run.
struct VerifyInput {
    let base: [Migration]
    let new: [Migration]
    /// Where commands run and SQL files are found.
    let workingDirectory: URL
    /// The names of base migrations that the range edits or deletes, applied as the base has them.
    let baseVersionsApplied: [String]
}
