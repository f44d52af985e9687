/// ANSI styling for the text renderer.
///
/// With color off, every method returns its text unchanged.
struct TextStyle {
    /// An SGR parameter list, the part of `ESC [ … m` that selects the style.
    enum Attribute: String {
        case bold = "1"
        case red = "1;31"
        case yellow = "33"
        case blue = "34"
        case green = "1;32"
    }

    let isEnabled: Bool

    /// Wraps `text` in the escape for `attribute` and a reset, or returns it unchanged when color is off.
    func apply(_ attribute: Attribute, to text: String) -> String {
        guard isEnabled, !text.isEmpty else {
            return text
        }
        return "\u{1B}[\(attribute.rawValue)m\(text)\u{1B}[0m"
    }

    func bold(_ text: String) -> String {
        apply(.bold, to: text)
    }
}
