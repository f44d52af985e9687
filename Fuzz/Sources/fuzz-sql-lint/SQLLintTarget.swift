import FuzzSupport
import VixenChecks

/// Lints the input as migration SQL, once outside and once inside a transaction.
///
/// Any bytes must lint without a crash or a hang. Invalid UTF-8 is first decoded with replacement
/// characters, as a file read from git would be. The harness also checks what the linter
/// promises. Statement lines are 1-based, in order, and within the text. Every finding sits on
/// the first line of a statement and has a subject. The transaction flag changes only the
/// hazards that depend on a transaction, and every finding's message renders in both languages.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSQLLint(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let sql = String(decoding: fuzzInputBytes(data, size), as: UTF8.self)
    let lineCount = sql.utf8.count { $0 == UInt8(ascii: "\n") } + 1

    let statementLines = SQLSafetyLinter.statementLines(in: sql)
    precondition(
        zip(statementLines, statementLines.dropFirst()).allSatisfy { $0 <= $1 },
        "statement lines out of order: \(statementLines)")
    precondition(
        statementLines.allSatisfy { (1...lineCount).contains($0) },
        "statement line outside 1...\(lineCount): \(statementLines)")

    let linter = SQLSafetyLinter()
    let outside = linter.lint(sql, inTransaction: false)
    let inside = linter.lint(sql, inTransaction: true)
    let startLines = Set(statementLines)
    for match in outside + inside {
        precondition(startLines.contains(match.line), "finding on line \(match.line), where no statement starts")
        precondition(!match.subject.isEmpty, "finding without a subject: \(match.hazard)")
        _ = match.hazard.message(subject: match.subject)(.english)
        _ = match.hazard.message(subject: match.subject)(.spanish)
    }
    precondition(
        outside.filter(isIndependentOfTransaction) == inside.filter(isIndependentOfTransaction),
        "the transaction flag changed a hazard that does not depend on it")
    return 0
}

/// Returns whether the finding's hazard is the same inside and outside a transaction.
private func isIndependentOfTransaction(_ match: HazardMatch) -> Bool {
    match.hazard != .concurrentIndexInTransaction && match.hazard != .constraintWithoutNotValid
}

@main
enum SQLLintTargetMain {
    static func main() {
        FuzzDriver.run(fuzzSQLLint)
    }
}
