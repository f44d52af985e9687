import VixenCore

/// Reads one CI's variables from an environment dictionary, treating an empty value as unset.
struct CIVariables {
    let environment: [String: String]
    let provider: CIProvider

    /// Returns the variable's value, or nil when it is unset or empty.
    func optional(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else {
            return nil
        }
        return value
    }

    /// - Throws: ``CIError/missingVariable(_:provider:)`` when the variable is unset or empty.
    func required(_ name: String) throws(CIError) -> String {
        guard let value = optional(name) else {
            throw .missingVariable(name, provider: provider)
        }
        return value
    }

    /// Returns the commit the variable names, or nil when it is unset, empty or git's zero id.
    ///
    /// - Throws: ``CIError/invalidCommitID(_:source:)`` when the value is not a full commit id.
    func commit(_ name: String) throws(CIError) -> CICommit? {
        guard let value = optional(name) else {
            return nil
        }
        return try CICommit.parse(value, source: Catalog.ciVariableSource(name))
    }

    /// Returns the commit the variable names.
    ///
    /// - Throws: ``CIError/missingVariable(_:provider:)`` when it is unset, empty or the zero id, and
    ///   ``CIError/invalidCommitID(_:source:)`` when it is not a full commit id.
    func requiredCommit(_ name: String) throws(CIError) -> CICommit {
        guard let commit = try commit(name) else {
            throw .missingVariable(name, provider: provider)
        }
        return commit
    }
}
