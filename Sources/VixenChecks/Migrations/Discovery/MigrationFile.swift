/// A file's path and bytes, as the framework readers see it.
struct MigrationFile {
    let path: String
    let bytes: [UInt8]
    /// The bytes decoded as UTF-8, invalid sequences as U+FFFD.
    let text: String

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.text = String(decoding: bytes, as: UTF8.self)
    }

    /// The file name, without its folder.
    var name: String {
        MigrationPaths.name(of: path)
    }

    /// The folder the file is in; "" at the root.
    var folder: String {
        MigrationPaths.folder(of: path)
    }

    /// The text's lines without their line breaks; `lines[0]` is line 1.
    var lines: [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
}

/// Path helpers for repository-relative paths with `/` separators.
enum MigrationPaths {
    static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else {
            return ""
        }
        return String(path[..<slash])
    }

    /// Joins a folder and a relative path; "" is the root folder.
    static func join(_ folder: String, _ relative: String) -> String {
        folder.isEmpty ? relative : folder + "/" + relative
    }

    /// Returns the digits a file name starts with, without leading zeros, when an underscore follows them.
    ///
    /// `0003_add_users.sql` gives `3` and `20240101120000_init.sql` gives `20240101120000`.
    static func leadingVersion(of name: String) -> String? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, name.dropFirst(digits.count).first == "_" else {
            return nil
        }
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}
