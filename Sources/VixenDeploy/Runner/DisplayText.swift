import VixenCore

/// Makes text from outside vixen-gate safe to print: lock owners, executor messages and git output.
public enum DisplayText {
    /// Returns `text` with control characters replaced by a visible `\xNN`, so that it cannot
    /// start a new line or move the cursor in a terminal.
    public static func escaped(_ text: String) -> String {
        text.escapingControlCharacters()
    }
}
