/// Finds variable references in text that a shell or Docker Compose interpolates.
///
/// Compose (the Compose specification's interpolation section) and POSIX shells share the
/// `$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?message}`,
/// `${NAME?message}` and `${NAME:+alternative}` forms. Compose escapes a literal `$` as `$$`,
/// and a shell as `\$` or inside single quotes. A `#` that starts a line or follows whitespace
/// starts a comment in both YAML and shell, unless it sits inside quotes, so references after it
/// are skipped. Defaults and messages are read for nested references, as in `${A:-${B}}`.
// NOTE: quotes are closed at the end of a line, so a `#` on a later line of a quoted string
// that spans lines is read as a comment.
public struct VariableReferenceScanner: Sendable {
    /// The rules of one kind of file.
    public enum Dialect: Sendable {
        /// Compose files: `$$` is a literal `$`.
        case compose
        /// Shell scripts: `\$` and single-quoted text are literal.
        case shell
    }

    public let dialect: Dialect

    public init(dialect: Dialect) {
        self.dialect = dialect
    }

    /// Returns the references in `bytes`, in order; `\r\n` and invalid UTF-8 are read as text.
    public func references(in bytes: [UInt8]) -> [VariableReference] {
        var references: [VariableReference] = []
        var line = 1
        var index = 0
        var quote: UInt8?
        var atLineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                index += 1
                atLineStart = true
                quote = nil
                continue
            }
            let previous = index > 0 ? bytes[index - 1] : 0x20
            let startsComment = byte == 0x23 && (atLineStart || previous == 0x20 || previous == 0x09)
            atLineStart = atLineStart && (byte == 0x20 || byte == 0x09)
            if quote == nil, startsComment {
                index = endOfLine(bytes, from: index)
                continue
            }
            if byte == 0x27 || byte == 0x22, quote == nil || quote == byte {
                quote = quote == nil ? byte : nil
                index += 1
                continue
            }
            // A backslash escapes the next byte in a shell outside single quotes, and in a
            // double-quoted YAML scalar.
            if byte == 0x5C, quote != 0x27, dialect == .shell || quote == 0x22 {
                index += 2
                continue
            }
            // Compose interpolates inside every kind of YAML scalar, a shell not inside single quotes.
            guard byte == 0x24, dialect == .compose || quote != 0x27 else {
                index += 1
                continue
            }
            if dialect == .compose, index + 1 < bytes.count, bytes[index + 1] == 0x24 {
                index += 2
                continue
            }
            index = readReference(bytes, dollar: index, line: line, into: &references)
        }
        return references
    }

    /// Reads the reference whose `$` is at `dollar` and returns the index after it.
    private func readReference(_ bytes: [UInt8], dollar: Int, line: Int, into references: inout [VariableReference])
        -> Int
    {
        var index = dollar + 1
        guard index < bytes.count else {
            return index
        }
        if bytes[index] != 0x7B {
            let end = endOfName(bytes, from: index)
            if end > index {
                references.append(VariableReference(name: text(bytes, index..<end), form: .plain, line: line))
            }
            return max(end, index)
        }
        index += 1
        let nameEnd = endOfName(bytes, from: index)
        guard nameEnd > index else {
            return index
        }
        let name = text(bytes, index..<nameEnd)
        guard let close = closingBrace(bytes, from: nameEnd) else {
            return nameEnd
        }
        references.append(VariableReference(name: name, form: form(bytes, nameEnd..<close), line: line))
        // The default or message may hold references of its own, which are read on their own.
        return nameEnd
    }

    private func form(_ bytes: [UInt8], _ modifier: Range<Int>) -> VariableReference.Form {
        var index = modifier.lowerBound
        if index < modifier.upperBound, bytes[index] == 0x3A {
            index += 1
        }
        guard index < modifier.upperBound else {
            return .plain
        }
        switch bytes[index] {
        case 0x2D: return .defaulted
        case 0x3F: return .required
        case 0x2B: return .alternative
        default: return .plain
        }
    }

    /// Returns the index of the `}` that closes a `${`, skipping nested `${...}`, or nil when the line ends first.
    private func closingBrace(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] == 0x7B {
                depth += 1
            } else if bytes[index] == 0x7D {
                if depth == 0 {
                    return index
                }
                depth -= 1
            }
            index += 1
        }
        return nil
    }

    private func endOfName(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, Self.isNameByte(bytes[index], first: index == start) {
            index += 1
        }
        return index
    }

    private func endOfLine(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != 0x0A {
            index += 1
        }
        return index
    }

    private func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// ASCII letters, digits and `_`, without a leading digit, as POSIX names variables.
    static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
        return isLetter || (!first && (0x30...0x39).contains(byte))
    }
}
