import VixenCore

extension String {
    /// Escapes the string for XML 1.0 element content.
    ///
    /// `&`, `<` and `>` become entity references, so no text can close an element or open a CDATA
    /// section, and a carriage return becomes `&#13;`, which XML parsers would otherwise turn into a line
    /// feed. XML 1.0 forbids C0 controls other than tab, line feed and carriage return, and U+FFFE and
    /// U+FFFF, even as references, so they become a visible `\xNN` or `\uNNNN` escape. DEL and the C1
    /// controls are escaped the same way, because terminals may read them as commands.
    func xmlEscapedText() -> String {
        xmlEscaped(inAttribute: false)
    }

    /// Escapes the string for an XML 1.0 attribute value in double quotes.
    ///
    /// Besides what ``xmlEscapedText()`` escapes, `"` and `'` become entity references, and tab, line
    /// feed and carriage return become character references, because parsers replace them with spaces
    /// in attribute values.
    func xmlEscapedAttribute() -> String {
        xmlEscaped(inAttribute: true)
    }

    private func xmlEscaped(inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&apos;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += String(scalar).escapingControlCharacters()
                } else if scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\\u" + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
