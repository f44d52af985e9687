@testable import VixenChecks

/// Returns `NAME@line` for every read of the file, in the order the sources find them.
func envReads(_ path: String, _ text: String) -> [String] {
    EnvSources.reads(path: path, bytes: Array(text.utf8)).reads.map { "\($0.name)@\($0.line)" }
}

/// Returns `expression@line` for every dynamic lookup of the file.
func envLookups(_ path: String, _ text: String) -> [String] {
    EnvSources.reads(path: path, bytes: Array(text.utf8)).dynamicLookups.map { "\($0.expression)@\($0.line)" }
}
