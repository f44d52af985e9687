/// A git object id in lowercase hex: 40 digits for SHA-1, 64 for SHA-256.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let hex: String

    /// Wraps `hex`, which must already be a full lowercase object id.
    public init(hex: String) {
        self.hex = hex
    }

    /// The first seven digits, as git abbreviates ids for people.
    public var short: String { String(hex.prefix(7)) }

    public var description: String { hex }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        lhs.hex < rhs.hex
    }
}
