import Foundation

/// The name of a backup file: `<database>-<UTC time>.dump`, such as
/// `teamboard-20240513T102155.123Z.dump`.
///
/// Names of one database sort in time order, so pruning keeps the last ones by name. Characters
/// other than letters, digits, `.`, `_` and `-` in the database name become `_`.
struct BackupFileName: Equatable {
    static let fileExtension = ".dump"
    /// `yyyyMMdd'T'HHmmss.SSS'Z'`: 8 digits, `T`, 6 digits, `.`, 3 digits, `Z`.
    private static let timestampPattern: [Character?] =
        Array(repeating: nil, count: 8) + ["T"] + Array(repeating: nil, count: 6) + ["."]
        + Array(repeating: nil, count: 3) + ["Z"]

    let database: String

    init(database: String) {
        self.database = String(
            database.map { character in
                character.isASCII && (character.isLetter || character.isNumber || "._-".contains(character))
                    ? character : "_"
            })
    }

    /// Returns the file name for a backup taken `milliseconds` after 1970-01-01 00:00 UTC.
    func name(atMillisecond milliseconds: Int64) -> String {
        "\(database)-\(Self.timestamp(milliseconds))\(Self.fileExtension)"
    }

    /// Returns the milliseconds since 1970 of `date`, rounded to the nearest.
    static func milliseconds(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// True when `fileName` is a backup of this database written by ``name(at:)``.
    func matches(_ fileName: String) -> Bool {
        let prefix = database + "-"
        guard fileName.hasPrefix(prefix), fileName.hasSuffix(Self.fileExtension) else {
            return false
        }
        let stamp = fileName.dropFirst(prefix.count).dropLast(Self.fileExtension.count)
        guard stamp.count == Self.timestampPattern.count else {
            return false
        }
        return zip(stamp, Self.timestampPattern).allSatisfy { character, expected in
            expected.map { character == $0 } ?? (character.isASCII && character.isNumber)
        }
    }

    private static func timestamp(_ milliseconds: Int64) -> String {
        let seconds = milliseconds.quotientAndRemainder(dividingBy: 1000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let date = Date(timeIntervalSince1970: TimeInterval(seconds.quotient))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func padded(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(width - text.count, 0)) + text
        }
        return padded(parts.year, 4) + padded(parts.month, 2) + padded(parts.day, 2) + "T" + padded(parts.hour, 2)
            + padded(parts.minute, 2) + padded(parts.second, 2) + "." + padded(Int(seconds.remainder), 3) + "Z"
    }
}
