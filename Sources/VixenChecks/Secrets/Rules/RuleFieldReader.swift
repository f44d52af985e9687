import VixenConfig
import VixenCore

/// Decodes the YAML of one rule file, or of one rule, into values, recording a problem for each
/// value it cannot use.
struct RuleFieldReader {
    static let ruleKeys = [
        "id", "description", "pattern", "confirm", "secret_group", "max_width", "min_entropy", "keywords",
        "allowlist", "stopwords", "severity", "examples", "negative_examples",
    ]
    /// The highest Shannon entropy of bytes, in bits per byte.
    static let maximumEntropy = 8.0

    let source: String
    private(set) var problems: [RuleProblem] = []
    /// The id of the rule being read, once known, for the problems that follow.
    private var ruleName: String?

    init(source: String) {
        self.source = source
    }

    // MARK: - File

    /// Returns the items of the file's `rules` list.
    mutating func ruleList(_ root: YAMLNode?) -> [YAMLNode] {
        guard let root, !root.isNull else {
            return []
        }
        guard case .mapping(let entries, _) = root else {
            wrongKind(root, key: nil, expected: Catalog.yamlKindMapping())
            return []
        }
        var items: [YAMLNode] = []
        for entry in entries {
            guard entry.key.value == "rules" else {
                error(Catalog.rulesUnknownKey(entry.key.value, known: ["rules"]), at: entry.key.mark)
                continue
            }
            switch entry.value {
            case .sequence(let list, _):
                items = list
            case let node where node.isNull:
                items = []
            default:
                wrongKind(entry.value, key: "rules", expected: Catalog.yamlKindSequence())
            }
        }
        return items
    }

    // MARK: - Rule

    /// Returns the rule `node` declares, or nil when a required key is missing or invalid.
    ///
    /// Invalid optional keys are recorded too; the caller drops a rule with any error.
    mutating func rule(_ node: YAMLNode) -> SecretRule? {
        guard case .mapping(let entries, let mark) = node else {
            wrongKind(node, key: "rules", expected: Catalog.yamlKindMapping())
            return nil
        }
        // The id names the rule in every problem, so it is looked up before anything is checked.
        for entry in entries where entry.key.value == "id" {
            if case .scalar(let scalar) = entry.value, !scalar.isNull {
                ruleName = scalar.value
            }
        }
        var fields: [String: YAMLMappingEntry] = [:]
        for entry in entries {
            guard Self.ruleKeys.contains(entry.key.value) else {
                error(Catalog.rulesUnknownKey(entry.key.value, known: Self.ruleKeys), at: entry.key.mark)
                continue
            }
            fields[entry.key.value] = entry
        }

        let id = ruleID(fields["id"], ruleMark: mark)
        let description = localizedText(fields["description"], ruleMark: mark)
        let pattern = requiredText(fields["pattern"], key: "pattern", ruleMark: mark)
        let confirm = fields["confirm"].flatMap { text($0.value, key: "confirm") }
        let secretGroup = integer(fields["secret_group"], key: "secret_group", range: 0...99) ?? 0
        let maxWidth =
            integer(fields["max_width"], key: "max_width", range: 1...SecretRule.maximumMaxWidth)
            ?? SecretRule.defaultMaxWidth
        let minEntropy = entropy(fields["min_entropy"])
        let keywords = lowercaseWords(fields["keywords"], key: "keywords", warnWhenNotLowercase: true)
        let allowlist = textList(fields["allowlist"], key: "allowlist")
        let stopwords = lowercaseWords(fields["stopwords"], key: "stopwords", warnWhenNotLowercase: false)
        let severity = self.severity(fields["severity"])
        let examples = textList(fields["examples"], key: "examples", required: true, ruleMark: mark)
        let negativeExamples = textList(
            fields["negative_examples"], key: "negative_examples", required: true, ruleMark: mark)

        for (key, located) in [("pattern", pattern), ("confirm", confirm)] {
            if let located, let match = UnclosedRepetition.find(in: located.value) {
                error(
                    Catalog.rulesUnclosedRepetition(key: key, column: match.column, fragment: match.fragment),
                    at: located.position)
            }
        }

        guard let id, let description, let pattern else {
            return nil
        }
        let location = SecretRule.Location(
            source: source,
            rule: Self.position(mark),
            pattern: pattern.position,
            confirm: confirm?.position,
            examples: examples.map(\.position),
            negativeExamples: negativeExamples.map(\.position),
            allowlist: allowlist.map(\.position)
        )
        return SecretRule(
            id: id,
            description: description,
            pattern: pattern.value,
            confirm: confirm?.value,
            secretGroup: secretGroup,
            maxWidth: maxWidth,
            minEntropy: minEntropy,
            keywords: keywords,
            allowlist: allowlist.map(\.value),
            stopwords: stopwords,
            severity: severity,
            examples: examples.map(\.value),
            negativeExamples: negativeExamples.map(\.value),
            location: location
        )
    }

    // MARK: - Fields

    private mutating func ruleID(_ entry: YAMLMappingEntry?, ruleMark: YAMLMark) -> RuleID? {
        guard let located = requiredText(entry, key: "id", ruleMark: ruleMark) else {
            return nil
        }
        let mark = YAMLMark(line: located.position.line, column: located.position.column)
        guard let id = RuleID(parsing: located.value), id.family == .secret else {
            error(Catalog.rulesInvalidID(located.value), at: mark)
            return nil
        }
        let allowed = id.name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        }
        if !allowed || id.name.hasPrefix("-") || id.name.hasSuffix("-") {
            warning(Catalog.rulesIDStyle(located.value), at: mark, rule: located.value)
        }
        return id
    }

    private mutating func localizedText(_ entry: YAMLMappingEntry?, ruleMark: YAMLMark) -> LocalizedText? {
        guard let entry else {
            error(Catalog.rulesMissingKey("description", example: "{en: \"…\", es: \"…\"}"), at: ruleMark)
            return nil
        }
        guard case .mapping(let entries, let mark) = entry.value else {
            wrongKind(entry.value, key: "description", expected: Catalog.yamlKindMapping())
            return nil
        }
        var english: String?
        var spanish: String?
        var keys: Set<String> = []
        for item in entries {
            keys.insert(item.key.value)
            switch item.key.value {
            case "en": english = text(item.value, key: "description.en")?.value
            case "es": spanish = text(item.value, key: "description.es")?.value
            default: error(Catalog.rulesUnknownKey(item.key.value, known: ["en", "es"]), at: item.key.mark)
            }
        }
        for language in ["en", "es"] where !keys.contains(language) {
            error(Catalog.rulesMissingKey("description.\(language)", example: "\"…\""), at: mark)
        }
        guard let english, let spanish else {
            return nil
        }
        return LocalizedText(en: english, es: spanish)
    }

    private mutating func requiredText(
        _ entry: YAMLMappingEntry?, key: String, ruleMark: YAMLMark
    ) -> (value: String, position: RulePosition)? {
        guard let entry else {
            error(Catalog.rulesMissingKey(key, example: nil), at: ruleMark)
            return nil
        }
        return text(entry.value, key: key)
    }

    /// Returns a non-empty scalar's text; patterns may not contain NUL, which C strings cannot carry.
    private mutating func text(_ node: YAMLNode, key: String) -> (value: String, position: RulePosition)? {
        guard case .scalar(let scalar) = node else {
            wrongKind(node, key: key, expected: Catalog.yamlKindScalar())
            return nil
        }
        guard !scalar.isNull, !scalar.value.isEmpty else {
            error(Catalog.rulesEmptyValue(key), at: scalar.mark)
            return nil
        }
        if scalar.value.utf8.contains(0) {
            error(Catalog.rulesNULInText(key), at: scalar.mark)
            return nil
        }
        return (scalar.value, Self.position(scalar.mark))
    }

    private mutating func integer(_ entry: YAMLMappingEntry?, key: String, range: ClosedRange<Int>) -> Int? {
        guard let entry, let located = text(entry.value, key: key) else {
            return nil
        }
        let mark = YAMLMark(line: located.position.line, column: located.position.column)
        guard let value = Int(located.value), range.contains(value) else {
            error(Catalog.rulesInvalidInteger(key, value: located.value, range: range), at: mark)
            return nil
        }
        return value
    }

    private mutating func entropy(_ entry: YAMLMappingEntry?) -> Double? {
        guard let entry, let located = text(entry.value, key: "min_entropy") else {
            return nil
        }
        guard let value = Double(located.value), value.isFinite, (0...Self.maximumEntropy).contains(value) else {
            let mark = YAMLMark(line: located.position.line, column: located.position.column)
            error(Catalog.rulesInvalidEntropy(located.value), at: mark)
            return nil
        }
        return value
    }

    private mutating func severity(_ entry: YAMLMappingEntry?) -> Severity {
        guard let entry, let located = text(entry.value, key: "severity") else {
            return .error
        }
        guard let severity = Severity(rawValue: located.value) else {
            let mark = YAMLMark(line: located.position.line, column: located.position.column)
            error(Catalog.rulesInvalidSeverity(located.value), at: mark)
            return .error
        }
        return severity
    }

    private mutating func textList(
        _ entry: YAMLMappingEntry?, key: String, required: Bool = false, ruleMark: YAMLMark? = nil
    ) -> [(value: String, position: RulePosition)] {
        guard let entry else {
            if required, let ruleMark {
                error(Catalog.rulesMissingKey(key, example: "[\"…\"]"), at: ruleMark)
            }
            return []
        }
        guard case .sequence(let items, let mark) = entry.value else {
            wrongKind(entry.value, key: key, expected: Catalog.yamlKindSequence())
            return []
        }
        if required, items.isEmpty {
            error(Catalog.rulesEmptyList(key), at: mark)
        }
        return items.compactMap { text($0, key: key) }
    }

    private mutating func lowercaseWords(_ entry: YAMLMappingEntry?, key: String, warnWhenNotLowercase: Bool)
        -> [String]
    {
        textList(entry, key: key).map { located in
            let lowered = located.value.lowercased()
            if warnWhenNotLowercase, lowered != located.value {
                let mark = YAMLMark(line: located.position.line, column: located.position.column)
                warning(Catalog.rulesKeywordNotLowercase(located.value), at: mark, rule: ruleName)
            }
            return lowered
        }
    }

    // MARK: - Problems

    mutating func error(_ message: LocalizedText, at mark: YAMLMark) {
        problems.append(
            RuleProblem(level: .error, source: source, position: Self.position(mark), rule: ruleName, message: message))
    }

    private mutating func error(_ message: LocalizedText, at position: RulePosition) {
        problems.append(
            RuleProblem(level: .error, source: source, position: position, rule: ruleName, message: message))
    }

    mutating func warning(_ message: LocalizedText, at mark: YAMLMark, rule: String?) {
        problems.append(
            RuleProblem(level: .warning, source: source, position: Self.position(mark), rule: rule, message: message))
    }

    private mutating func wrongKind(_ node: YAMLNode, key: String?, expected: LocalizedText) {
        error(Catalog.rulesWrongKind(key: key, expected: expected, found: Self.kindName(node.kind)), at: node.mark)
    }

    private static func kindName(_ kind: YAMLNode.Kind) -> LocalizedText {
        switch kind {
        case .scalar: Catalog.yamlKindScalar()
        case .sequence: Catalog.yamlKindSequence()
        case .mapping: Catalog.yamlKindMapping()
        }
    }

    private static func position(_ mark: YAMLMark) -> RulePosition {
        RulePosition(line: mark.line, column: mark.column)
    }
}
