import Foundation

/// Locates executables that the package builds, for end-to-end tests.
///
/// SwiftPM writes test bundles and executables into the same products folder, such as
/// `.build/debug`, so the folder of the running test bundle is where to look.
public enum BuildProducts {
    /// Returns the built `vixen-gate` executable.
    public static func vixenGate() throws -> URL {
        try executable(named: "vixen-gate")
    }

    /// Returns the executable `name` from the products folder of the running tests.
    ///
    /// - Throws: ``BuildProductsError/executableNotFound(name:searched:)`` when no folder has it.
    public static func executable(named name: String) throws -> URL {
        let folders = productFolders()
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw BuildProductsError.executableNotFound(name: name, searched: folders.map(\.path))
    }

    /// Returns the folders that may contain build products, without duplicates.
    ///
    /// On macOS the tests load from a `.xctest` bundle inside the products folder. On Linux
    /// they run as an executable in the products folder, which is also the main bundle's folder.
    /// NOTE: only the Linux layout has been run; the macOS branch follows SwiftPM's documented
    /// bundle layout but is untested.
    static func productFolders() -> [URL] {
        var folders: [URL] = []
        let testBundle = Bundle(for: BundleMarker.self).bundleURL
        if testBundle.pathExtension == "xctest" {
            folders.append(testBundle.deletingLastPathComponent())
        } else {
            folders.append(testBundle)
        }
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }

        var seen = Set<String>()
        return folders.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }
}

/// A class declared in this module, so `Bundle(for:)` finds the bundle the tests load from.
private final class BundleMarker {}
