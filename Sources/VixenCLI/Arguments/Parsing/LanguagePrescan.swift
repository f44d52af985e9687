import VixenCore

/// The scan for the language option that runs before the real parse, so that a usage error is
/// printed in the requested language.
enum LanguagePrescan {
    /// Returns the first valid value of `option` given before any `--`, or nil when there is none.
    ///
    /// A missing or invalid value is skipped here, because the real parse reports it. Both `--lang es`
    /// and `--lang=es` are read.
    static func explicitLanguage(in arguments: [String], option: ChoiceOption<Language?>) -> Language? {
        let spelling = option.spec.spelling
        let prefix = spelling + "="
        var index = arguments.startIndex

        while index < arguments.endIndex {
            let token = arguments[index]
            index += 1

            if token == "--" {
                return nil
            }
            var value: String?
            if token == spelling, index < arguments.endIndex {
                value = arguments[index]
            } else if token.hasPrefix(prefix) {
                value = String(token.dropFirst(prefix.count))
            }
            if let value, let language = option.convert(value) ?? nil {
                return language
            }
        }
        return nil
    }
}
