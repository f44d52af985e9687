import VixenCore

extension ProbeFailure {
    /// The reason as a report line shows it after the check's or test's name.
    public var message: LocalizedText {
        switch self {
        case .unexpectedStatus(let expected, let actual):
            Catalog.probeUnexpectedStatus(expected: expected, actual: actual)
        case .missingText(let text): Catalog.probeMissingText(text: text)
        case .noResponse(let error): error.message
        case .invalidURL(let url): Catalog.probeInvalidURL(url: url)
        case .missingVariables(let names): Catalog.probeMissingVariables(names: names)
        }
    }
}
