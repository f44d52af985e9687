import VixenCore
import VixenSyntax

/// A changed Python file of the backend, read whole, and which of its lines the change adds.
///
/// The version read is the one ``ChecklistInput/latestFiles`` names. A file that the index or
/// the work tree adds is its added text. For a file they modify, the range's version is read
/// with the range's added lines when the range changes the file too.
// NOTE: a file that only the index or the work tree modifies is skipped, because the change
// shows only its added lines and a function's signature may sit outside them.
struct BackendPythonFile {
    let path: String
    let module: PythonModule
    let addedLines: Set<Int>

    /// The extensions of Python source and stub files.
    static let extensions: Set<String> = ["py", "pyi"]

    /// Returns the changed Python files of the BE component.
    ///
    /// Test files and migrations resolve to the TESTS and DB components, so they are left out.
    ///
    /// - Throws: The snapshot's error when the head's version of a file cannot be read.
    static func all(in input: ChecklistInput) throws -> [BackendPythonFile] {
        var files: [BackendPythonFile] = []
        for file in input.latestFiles where isBackendPython(file.change.path, input: input) {
            if let read = try read(file, input: input) {
                files.append(read)
            }
        }
        return files
    }

    static func isBackendPython(_ path: String, input: ChecklistInput) -> Bool {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard input.component(of: path) == .backend, let dot = name.lastIndex(of: ".") else {
            return false
        }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func read(_ file: ChangedFile, input: ChecklistInput) throws -> BackendPythonFile? {
        let path = file.change.path
        if let bytes = try file.wholeText(head: input.context.head) {
            return BackendPythonFile(path: path, bytes: bytes, added: file.change.addedText)
        }
        let rangeChange = input.context.changes.overall.first { $0.path == path && $0.status != .deleted }
        guard let rangeChange, let bytes = try input.context.head.contents(of: path) else {
            return nil
        }
        return BackendPythonFile(path: path, bytes: bytes, added: rangeChange.addedText)
    }

    private init(path: String, bytes: [UInt8], added: AddedText) {
        self.path = path
        self.module = PythonModule(bytes: bytes)
        self.addedLines = Set(added.lines.map(\.number))
    }

    /// Returns whether the change adds a line of the function: a decorator, its signature or its body.
    func isChanged(_ function: PythonFunction) -> Bool {
        let last = max(function.body.end.line, function.keyword.line)
        return (function.start.line...last).contains(where: addedLines.contains)
    }
}
