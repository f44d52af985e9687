/// The letters before a string literal's opening quote: `r`, `b`, `u`, `f` and `t`, in the
/// combinations Python accepts, in either case.
public struct PythonStringPrefix: Sendable, Hashable {
    /// A raw string: backslashes are kept, though one still stops a quote from ending the string.
    public let isRaw: Bool
    public let isBytes: Bool
    /// An f-string or a t-string (Python 3.14), whose `{...}` fields hold expressions.
    public let isFormatted: Bool

    private static let valid: Set<String> = ["", "r", "u", "b", "br", "rb", "f", "fr", "rf", "t", "tr", "rt"]

    /// Reads the prefix letters, or returns nil when they are not a prefix Python accepts.
    public init?<Letters: Collection>(_ letters: Letters) where Letters.Element == UInt8 {
        guard letters.count <= 2 else {
            return nil
        }
        let lowered = String(decoding: letters.map { $0 | 0x20 }, as: UTF8.self)
        guard Self.valid.contains(lowered) else {
            return nil
        }
        isRaw = lowered.contains("r")
        isBytes = lowered.contains("b")
        isFormatted = lowered.contains("f") || lowered.contains("t")
    }
}
