/// A language every user-facing string exists in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case english = "en"
    case spanish = "es"

    /// Picks the language from an explicit choice, else from the POSIX locale variables.
    ///
    /// The variables are read in POSIX precedence order: `LC_ALL`, `LC_MESSAGES`, then `LANG`.
    /// The first one that is set and not empty decides, so `LC_ALL=C` means English even when
    /// `LANG` is Spanish. A value starting with `es` (`es`, `es_ES.UTF-8`, `es_MX`) means Spanish.
    public static func resolve(explicit: Language?, environment: [String: String]) -> Language {
        if let explicit {
            return explicit
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else {
                continue
            }
            return value.lowercased().hasPrefix("es") ? .spanish : .english
        }
        return .english
    }
}
