extension Finding {
    /// Orders findings by file, line and rule id, the order every report lists them in.
    ///
    /// A finding without a file comes before those with one, and a finding without a line comes
    /// before the lines of its file. Pass it to `sorted(by:)`.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = (lhs.file ?? "", lhs.line ?? 0, lhs.rule.description)
        let right = (rhs.file ?? "", rhs.line ?? 0, rhs.rule.description)
        return left < right
    }
}
