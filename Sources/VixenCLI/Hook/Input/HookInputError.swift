import VixenCore

/// A line of a hook's standard input that does not have the form git writes.
struct HookInputError: Error, Sendable, Equatable {
    enum Reason: Error, Sendable, Equatable {
        /// The line has fewer fields than the format needs, or an empty one.
        case wrongFieldCount
        /// A field that must be an object id is not 40 or 64 hexadecimal digits.
        case invalidObjectID(String)
        /// The two object ids of the line differ in length, so they cannot come from one repository.
        case mixedObjectIDLengths
        /// The local ref is `(delete)` but the local object id is not all zeros.
        case deletionWithObject
        /// Both object ids are all zeros, which neither creates, moves nor deletes a ref.
        case bothZero
    }

    /// The line's number on standard input, counting from 1.
    let lineNumber: Int
    /// The line as read, without its line break.
    let line: String
    let reason: Reason
    let format: HookInputFormat

    var message: LocalizedText {
        Catalog.hookMalformedLine(
            lineNumber: lineNumber, line: PrintableText.make(line), expected: format.lineDescription,
            reason: reasonText)
    }

    private var reasonText: LocalizedText {
        switch reason {
        case .wrongFieldCount: Catalog.hookMalformedFieldCount()
        case .invalidObjectID(let value): Catalog.hookMalformedObjectID(PrintableText.make(value))
        case .mixedObjectIDLengths: Catalog.hookMalformedMixedLengths()
        case .deletionWithObject: Catalog.hookMalformedDeletion()
        case .bothZero: Catalog.hookMalformedBothZero()
        }
    }
}
