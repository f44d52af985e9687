/// A PostgreSQL release number, compared by major version.
///
/// Since PostgreSQL 10 the major version is the first number (`16.2`); before, it was the first
/// two (`9.6.24`).
struct PostgresVersion: Sendable, Equatable {
    /// The release as written, such as `15.18`.
    let text: String
    /// The major version times 100 for releases before 10, so `9.6` is 906 and `16` is 1600.
    let majorKey: Int

    /// Reads a server's `server_version_num`, such as `150018` or `90624`.
    init?(versionNumber: String) {
        guard let number = Int(versionNumber), number > 0 else {
            return nil
        }
        if number >= 100_000 {
            self.text = "\(number / 10_000).\(number % 10_000)"
            self.majorKey = number / 10_000 * 100
        } else {
            self.text = "\(number / 10_000).\(number / 100 % 100).\(number % 100)"
            self.majorKey = number / 10_000 * 100 + number / 100 % 100
        }
    }

    /// Reads the output of `pg_dump --version`, such as `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`.
    init?(toolOutput: String) {
        let words = toolOutput.split(whereSeparator: \.isWhitespace)
        guard let index = words.firstIndex(of: "(PostgreSQL)"), words.index(after: index) < words.endIndex else {
            return nil
        }
        let release = String(words[words.index(after: index)])
        let numbers = release.split(separator: ".").map { Int($0.prefix { $0.isNumber }) }
        guard let first = numbers.first ?? nil else {
            return nil
        }
        self.text = release
        if first >= 10 {
            self.majorKey = first * 100
        } else {
            let second = numbers.dropFirst().first.flatMap { $0 } ?? 0
            self.majorKey = first * 100 + second
        }
    }

    /// The major version as written, such as `16` or `9.6`.
    var majorText: String {
        majorKey >= 1000 ? String(majorKey / 100) : "\(majorKey / 100).\(majorKey % 100)"
    }

    /// True when both have the same major version, or this one is newer.
    func canDump(_ server: PostgresVersion) -> Bool {
        majorKey >= server.majorKey
    }
}
