/// A build product that end-to-end tests need but that is missing.
public enum BuildProductsError: Error, Equatable, CustomStringConvertible {
    case executableNotFound(name: String, searched: [String])

    public var description: String {
        switch self {
        case .executableNotFound(let name, let searched):
            return """
                executable '\(name)' not found in \(searched.joined(separator: ", ")); \
                build it with 'swift build --product \(name)' using the same scratch path as the tests
                """
        }
    }
}
