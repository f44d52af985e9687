extension Configuration.HeaderTemplate {
    /// A `${` without its `}`, or a reference whose name is not a valid variable name.
    public struct InvalidReference: Error, Sendable, Equatable {}

    /// The environment variables a template names but the environment lacks.
    public struct MissingVariables: Error, Sendable, Equatable {
        public let names: [String]

        public init(names: [String]) {
            self.names = names
        }
    }

    /// Returns the variable names that `${NAME}` references in `value` name, in order.
    public static func references(in value: String) throws(InvalidReference) -> [String] {
        try parts(of: value).compactMap { part in
            if case .variable(let name) = part {
                return name
            }
            return nil
        }
    }

    /// Returns the value with every `${NAME}` replaced from `environment`.
    ///
    /// The configuration was validated when it was read, so only a missing variable can fail here.
    public func expanded(using environment: [String: String]) throws(MissingVariables) -> String {
        guard let parts = try? Self.parts(of: value) else {
            return value
        }
        var result = ""
        var missing: [String] = []
        for part in parts {
            switch part {
            case .text(let text):
                result += text
            case .variable(let name):
                if let variable = environment[name] {
                    result += variable
                } else {
                    missing.append(name)
                }
            }
        }
        guard missing.isEmpty else {
            throw MissingVariables(names: missing)
        }
        return result
    }

    /// Whether a header with this name usually carries a credential, so its value must come from
    /// the environment and is never shown.
    public static func isSensitiveName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["auth", "cookie", "token", "secret", "password", "api-key", "apikey", "api_key", "signature"]
            .contains { lowered.contains($0) }
    }

    /// Returns whether `name` is an HTTP header name: one or more token characters as RFC 9110 defines them.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && tokenCharacters.contains(Character($0)) }
    }

    private static let tokenCharacters = Set(
        "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    private enum Part {
        case text(String)
        case variable(String)
    }

    private static func parts(of value: String) throws(InvalidReference) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(value)
        while let start = rest.firstRange(of: "${") {
            parts.append(.text(String(rest[..<start.lowerBound])))
            let afterOpening = rest[start.upperBound...]
            guard let end = afterOpening.firstIndex(of: "}") else {
                throw InvalidReference()
            }
            let name = String(afterOpening[..<end])
            guard EnvironmentVariableName.isValid(name) else {
                throw InvalidReference()
            }
            parts.append(.variable(name))
            rest = afterOpening[afterOpening.index(after: end)...]
        }
        parts.append(.text(String(rest)))
        return parts
    }
}

/// The rule for environment variable names: a letter or `_`, then letters, digits or `_`.
public enum EnvironmentVariableName {
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || isLetter(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0 == "_" || isLetter($0) || ("0"..."9").contains($0) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
