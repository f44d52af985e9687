/// Splits instruction arguments into words the way `ARG` and `ENV` read them.
enum DockerWords {
    /// Returns the words of `text`, split at unquoted whitespace, with quotes removed and a
    /// backslash keeping the character after it.
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var hasWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\", quote != "'" {
                escaped = true
                hasWord = true
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else {
                    current.append(character)
                }
            } else if character == "\"" || character == "'" {
                quote = character
                hasWord = true
            } else if character.isWhitespace {
                if hasWord {
                    words.append(current)
                }
                current = ""
                hasWord = false
            } else {
                current.append(character)
                hasWord = true
            }
        }
        if hasWord {
            words.append(current)
        }
        return words
    }

    /// Returns the `NAME=value` pairs of an `ENV` instruction, or the one pair of the older
    /// `ENV NAME value with spaces` form.
    static func environmentPairs(_ arguments: String) -> [(String, String)] {
        let words = split(arguments)
        guard let first = words.first else {
            return []
        }
        guard first.contains("=") else {
            let value = arguments.drop(while: { !$0.isWhitespace }).drop(while: \.isWhitespace)
            return [(first, String(value))]
        }
        return words.compactMap { word in
            guard let equals = word.firstIndex(of: "="), equals > word.startIndex else {
                return nil
            }
            return (String(word[..<equals]), String(word[word.index(after: equals)...]))
        }
    }
}
