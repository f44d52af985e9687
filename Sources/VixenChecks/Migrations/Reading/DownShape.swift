/// The effect of a migration's down part, as far as reversibility goes.
enum DownShape: Sendable, Equatable {
    /// Nothing: no statements, or only comments, `pass`, `...`, a docstring or a bare `return`.
    case empty
    /// A declared no-op, as written: `SELECT 1`.
    case declaredNoOp(String)
    /// Its only statement raises; the statement as written and its line in the file.
    case raises(statement: String, line: Int)
    /// Anything else: it does some work.
    case code
}
