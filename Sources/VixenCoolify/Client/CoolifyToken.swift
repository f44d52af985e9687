import Foundation

/// Where the API token comes from: an environment variable named in the configuration.
///
/// The variable is read only when a request is built, so a configuration without the token still
/// loads, plans and dry-runs; only a request that is really sent needs it.
public struct CoolifyToken: Sendable {
    /// The variable's name, which messages show in place of the token.
    public let variable: String
    private let environment: [String: String]

    public init(variable: String, environment: [String: String]) {
        self.variable = variable
        self.environment = environment
    }

    /// Returns the token, or throws naming the variable when it is unset or empty.
    func value() throws(CoolifyError) -> String {
        guard let value = environment[variable] else {
            throw .missingToken(variable: variable)
        }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw .emptyToken(variable: variable)
        }
        return trimmed
    }
}
