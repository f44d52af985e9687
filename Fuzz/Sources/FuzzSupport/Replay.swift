#if !FUZZING
import Foundation

/// Runs saved inputs through a fuzz target's entry once each, without libFuzzer.
///
/// Each input's path goes to standard error before it runs, so after a crash the last path
/// printed is the input that caused it.
enum Replay {
    /// Replays every regular file in `paths`, descending into folders, and returns the exit status.
    ///
    /// Returns 2 when a path cannot be read or when no input was found, so that a mistyped
    /// corpus folder does not pass as a clean run.
    static func run(_ entry: FuzzEntry, paths: [String]) -> Int32 {
        guard !paths.isEmpty else {
            report("usage: \(CommandLine.arguments.first ?? "fuzz-target") FILE_OR_FOLDER...")
            return 2
        }

        var files: [String] = []
        for path in paths {
            guard let found = inputFiles(at: path) else {
                report("error: cannot read \(path): no such file or folder")
                return 2
            }
            files += found
        }
        guard !files.isEmpty else {
            report("error: no input files in \(paths.joined(separator: ", "))")
            return 2
        }

        let clock = ContinuousClock()
        var slowest: (path: String, duration: Duration)?
        for file in files {
            report("Running: \(file)")
            guard let contents = FileManager.default.contents(atPath: file) else {
                report("error: cannot read \(file)")
                return 2
            }
            let bytes = [UInt8](contents)
            let duration = clock.measure {
                _ = bytes.withUnsafeBufferPointer { entry($0.baseAddress, $0.count) }
            }
            if slowest.map({ duration > $0.duration }) ?? true {
                slowest = (file, duration)
            }
        }

        report("Executed \(files.count) inputs without a crash")
        if let slowest {
            let (seconds, attoseconds) = slowest.duration.components
            let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
            report("Slowest: \(slowest.path) in \(String(format: "%.1f", milliseconds)) ms")
        }
        return 0
    }

    /// Returns `path` itself for a file, the regular files below it in path order for a folder,
    /// and nil when it does not exist.
    private static func inputFiles(at path: String) -> [String]? {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else {
            return nil
        }
        guard isFolder.boolValue else {
            return [path]
        }
        guard let enumerator = fileManager.enumerator(atPath: path) else {
            return nil
        }

        var files: [String] = []
        for case let relative as String in enumerator {
            let full = (path as NSString).appendingPathComponent(relative)
            var isSubfolder: ObjCBool = false
            if fileManager.fileExists(atPath: full, isDirectory: &isSubfolder), !isSubfolder.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    private static func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
#endif
