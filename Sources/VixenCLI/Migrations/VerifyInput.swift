import Foundation
import VixenPostgres

/// The migrations a verification applies, and where their files or commands run.
struct VerifyInput {
    let base: [Migration]
    let new: [Migration]
    /// Where commands run and SQL files are found.
    let workingDirectory: URL
}
