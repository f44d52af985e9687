/// One user-facing string in every supported language.
///
/// Values come from ``Catalog`` only, so each English sentence has its Spanish twin beside it.
public struct LocalizedText: Sendable, Equatable, Hashable {
    public let english: String
    public let spanish: String

    public init(en english: String, es spanish: String) {
        self.english = english
        self.spanish = spanish
    }

    /// Returns the string in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .english: english
        case .spanish: spanish
        }
    }

    /// Joins texts language by language with `separator` between them.
    public static func joined(_ parts: [LocalizedText], separator: String = " ") -> LocalizedText {
        LocalizedText(
            en: parts.map(\.english).joined(separator: separator),
            es: parts.map(\.spanish).joined(separator: separator)
        )
    }
}
