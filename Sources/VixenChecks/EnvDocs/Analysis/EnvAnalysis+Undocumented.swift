import VixenCore

extension EnvAnalysis {
    /// Returns one finding for each new read that `selects` accepts, that `env.ignore` does not
    /// list and that no documentation file lists, at the read's first line in its file.
    ///
    /// - Parameter message: Builds the message from the variable's name, the file, the line and
    ///   the documentation file expected to list it, as the catalog's `env*Undocumented` messages do.
    func undocumentedFindings(
        rule: RuleID, severity: Severity, selects: (EnvRead) -> Bool,
        message: (_ name: String, _ path: String, _ line: Int, _ documentation: String) -> LocalizedText
    ) -> [Finding] {
        var reported = Set<String>()
        var findings: [Finding] = []
        for read in newReads where selects(read) {
            guard !settings.isIgnored(read.name, isCaseSensitive: read.isCaseSensitive),
                !documentation.documents(read),
                reported.insert("\(read.path)\u{0}\(read.key)").inserted
            else {
                continue
            }
            let expected = documentation.expectedFile(for: read.path)
            findings.append(
                Finding(
                    rule: rule, severity: severity, file: read.path, line: read.line,
                    message: message(read.name, read.path, read.line, expected)))
        }
        return findings
    }
}
