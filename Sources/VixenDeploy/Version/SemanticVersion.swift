/// A release number `MAJOR.MINOR.PATCH`, as Semantic Versioning 2.0.0 defines it, without
/// pre-release or build parts.
///
/// It is encoded as its text, such as `"1.4.0"`.
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The maximum number of digits of a part, so that raising a part cannot overflow `Int`.
    static let maximumDigits = 18

    public let major: Int
    public let minor: Int
    public let patch: Int

    public init(major: Int, minor: Int, patch: Int) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// Parses `X.Y.Z`, or returns nil for anything else.
    ///
    /// Each part is a decimal number of at most 18 digits without leading zeros, as Semantic
    /// Versioning requires. A `v` prefix or a `-rc.1` suffix makes the text invalid.
    public init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            return nil
        }
        var numbers: [Int] = []
        for part in parts {
            guard let number = Self.number(part) else {
                return nil
            }
            numbers.append(number)
        }
        self.init(major: numbers[0], minor: numbers[1], patch: numbers[2])
    }

    /// The version that the first release of a repository gets: 0.1.0, the first version of
    /// initial development.
    public static let firstRelease = SemanticVersion(major: 0, minor: 1, patch: 0)

    public var description: String { "\(major).\(minor).\(patch)" }

    /// Returns the next version after a release of the kind `bump`: the raised part goes up by one
    /// and the parts after it return to zero.
    public func raised(_ bump: VersionBump) -> SemanticVersion {
        switch bump {
        case .major: SemanticVersion(major: major + 1, minor: 0, patch: 0)
        case .minor: SemanticVersion(major: major, minor: minor + 1, patch: 0)
        case .patch: SemanticVersion(major: major, minor: minor, patch: patch + 1)
        }
    }

    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let version = SemanticVersion(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a version of the form X.Y.Z")
        }
        self = version
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func number(_ part: Substring) -> Int? {
        guard !part.isEmpty, part.count <= maximumDigits, part.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        guard part == "0" || part.first != "0" else {
            return nil
        }
        return Int(part)
    }
}
