import Foundation
import VixenCore

/// The report as a SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF consumers.
///
/// Each finding on a file becomes a result with one location: the repository-relative path, percent-encoded
/// as a URI reference against `%SRCROOT%`, and the line when the finding has one. Findings about the whole
/// range have no file, and GitHub rejects a whole log when one result has no location, so they become
/// run-level notifications instead. A run contains at most ``maximumResults`` results, because GitHub code
/// scanning accepts no more. Errors are kept before warnings and info, and a notification states how many
/// findings were left out.
///
/// Messages are in the report's language, which the run's `language` names. Rule ids, levels and keys
/// stay in English. Each result carries the finding's fingerprint (see ``FindingFingerprint``) under
/// ``fingerprintKey``. The output is pretty-printed with sorted keys and ends with a newline.
public struct SARIFReportRenderer: ReportRenderer, Sendable {
    /// The maximum number of results GitHub code scanning accepts in one run.
    public static let defaultMaximumResults = 25_000
    /// The `partialFingerprints` key of the finding fingerprint; the version changes if the hash does.
    public static let fingerprintKey = "vixenGateFinding/v1"
    /// The base that result URIs are relative to: the repository root.
    public static let sourceRootBase = "%SRCROOT%"

    public let rules: RuleCatalog
    public let toolVersion: String
    /// The tool's home page, or nil to leave `informationUri` out.
    public let informationURI: String?
    public let maximumResults: Int

    public init(
        rules: RuleCatalog,
        toolVersion: String,
        informationURI: String? = nil,
        maximumResults: Int = Self.defaultMaximumResults
    ) {
        self.rules = rules
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.maximumResults = maximumResults
    }

    public func render(_ report: Report, language: Language) -> String {
        let descriptions = ruleDescriptions(for: report)
        var indexByRule: [RuleID: Int] = [:]
        for (index, description) in descriptions.enumerated() {
            indexByRule[description.id] = index
        }
        let fingerprints = FindingFingerprint.fingerprints(of: report.findings)

        let located = report.findings.indices.filter { report.findings[$0].file != nil }
        let kept = keptIndices(of: located, in: report.findings)
        let results = kept.map { index in
            result(
                for: report.findings[index], ruleIndex: indexByRule[report.findings[index].rule] ?? 0,
                fingerprint: fingerprints[index], language: language)
        }

        var notifications: [SARIFLog.Notification] = []
        let dropped = located.count - kept.count
        if dropped > 0 {
            let text = Catalog.sarifResultsDropped(dropped, maximum: maximumResults)(language)
            notifications.append(
                SARIFLog.Notification(level: "warning", message: .init(text: text), associatedRule: nil))
        }
        for finding in report.findings where finding.file == nil {
            let reference = SARIFLog.RuleReference(id: finding.rule.description, index: indexByRule[finding.rule] ?? 0)
            notifications.append(
                SARIFLog.Notification(
                    level: Self.level(of: finding.severity), message: .init(text: finding.message(language)),
                    associatedRule: reference))
        }

        let driver = SARIFLog.Driver(
            name: "vixen-gate", version: toolVersion, semanticVersion: toolVersion, informationUri: informationURI,
            rules: descriptions.map { rule(for: $0, language: language) })
        let invocations =
            notifications.isEmpty
            ? nil : [SARIFLog.Invocation(executionSuccessful: true, toolExecutionNotifications: notifications)]
        let run = SARIFLog.Run(
            tool: SARIFLog.Tool(driver: driver), language: language.rawValue, results: results,
            invocations: invocations)
        return JSONText.encode(SARIFLog(runs: [run]))
    }

    // MARK: Rules

    /// Returns the catalog's descriptions plus one for each rule of a finding the catalog lacks, by id.
    private func ruleDescriptions(for report: Report) -> [RuleDescription] {
        var descriptions = rules.rules
        var known = Set(descriptions.map(\.id))
        for finding in report.findings where known.insert(finding.rule).inserted {
            let id = finding.rule.description
            let severity = report.findings.filter { $0.rule == finding.rule }.map(\.severity).max() ?? finding.severity
            descriptions.append(
                RuleDescription(
                    id: finding.rule, shortDescription: Catalog.formatsRuleShortDescription(id),
                    fullDescription: Catalog.formatsRuleFullDescription(id), help: Catalog.formatsRuleHelp(id),
                    defaultSeverity: severity))
        }
        return descriptions.sorted { $0.id < $1.id }
    }

    private func rule(for description: RuleDescription, language: Language) -> SARIFLog.Rule {
        SARIFLog.Rule(
            id: description.id.description,
            shortDescription: .init(text: description.shortDescription(language)),
            fullDescription: .init(text: description.fullDescription(language)),
            help: .init(text: description.help(language)),
            defaultConfiguration: .init(level: Self.level(of: description.defaultSeverity)),
            properties: .init(tags: [description.id.family.rawValue]))
    }

    // MARK: Results

    /// Returns the indices of the findings that fit in one run, in report order.
    ///
    /// When there are more than ``maximumResults``, errors are kept first, then warnings, then info, each
    /// in report order.
    private func keptIndices(of located: [Int], in findings: [Finding]) -> [Int] {
        guard located.count > maximumResults else {
            return located
        }
        let bySeverity = located.sorted { left, right in
            if findings[left].severity != findings[right].severity {
                return findings[left].severity > findings[right].severity
            }
            return left < right
        }
        return bySeverity.prefix(max(0, maximumResults)).sorted()
    }

    private func result(for finding: Finding, ruleIndex: Int, fingerprint: String, language: Language)
        -> SARIFLog.Result
    {
        let artifact = SARIFLog.ArtifactLocation(
            uri: Self.uriReference(forPath: finding.file ?? ""), uriBaseId: Self.sourceRootBase)
        // SARIF lines start at 1, so a line outside that range is left out rather than guessed.
        let region = finding.line.flatMap { $0 >= 1 ? SARIFLog.Region(startLine: $0) : nil }
        let location = SARIFLog.Location(
            physicalLocation: SARIFLog.PhysicalLocation(artifactLocation: artifact, region: region))
        return SARIFLog.Result(
            ruleId: finding.rule.description, ruleIndex: ruleIndex, level: Self.level(of: finding.severity),
            message: .init(text: finding.message(language)), locations: [location],
            partialFingerprints: [Self.fingerprintKey: fingerprint])
    }

    /// Returns SARIF's level for a severity: `error`, `warning`, or `note` for info.
    static func level(of severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// Percent-encodes a repository-relative path as a relative URI reference.
    ///
    /// Only unreserved characters (RFC 3986: letters, digits, `-`, `.`, `_`, `~`) and `/` stay as they are;
    /// every other byte of the UTF-8 path becomes `%XX`. Encoding `:` keeps a first segment such as
    /// `a:b.py` from reading as a URI scheme, and `%`, `#` and `?` from starting an escape, a fragment or a query.
    static func uriReference(forPath path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            if isUnreservedOrSlash(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = String(byte, radix: 16, uppercase: true)
                result += "%" + (byte < 0x10 ? "0" + digits : digits)
            }
        }
        return result
    }

    private static func isUnreservedOrSlash(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
