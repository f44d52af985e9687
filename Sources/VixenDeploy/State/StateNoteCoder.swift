import Foundation
import VixenCore

/// Turns state notes into JSON text and back.
///
/// Reading tolerates keys it does not know, so a note that a newer build extended still reads,
/// and rejects a note that is not JSON or lacks a required field, naming the notes reference
/// and the commit.
public enum StateNoteCoder {
    /// Returns the note as pretty-printed JSON with sorted keys and a trailing newline, with
    /// times in ISO 8601 at UTC.
    public static func encode(_ note: StateNote) -> String {
        JSONText.encode(note)
    }

    /// Reads the note `text` found on `commit` under `notesReference`.
    ///
    /// - Throws: ``DeployStateError/malformedNote(notesReference:commit:detail:)`` for text that is
    ///   not a note, and ``DeployStateError/newerNoteFormat(notesReference:commit:format:)`` for a
    ///   note in a later format.
    public static func decode(_ text: String, notesReference: String, commit: ObjectID) throws(DeployStateError)
        -> StateNote
    {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(StateNote.self, from: Data(text.utf8))
        } catch let error as StateNoteFormatError {
            throw .newerNoteFormat(notesReference: notesReference, commit: commit, format: error.format)
        } catch {
            throw .malformedNote(notesReference: notesReference, commit: commit, detail: describe(error))
        }
    }

    /// Describes a decoding error by the key path and the problem, without the JSON text itself.
    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else {
            return String(describing: error)
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            let place = context.codingPath.isEmpty ? "" : " at \(path(context.codingPath))"
            let detail =
                (context.underlyingError != nil && context.codingPath.isEmpty)
                ? "not valid JSON" : context.debugDescription
            return detail + place
        @unknown default:
            return String(describing: decoding)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }
}
