import FuzzSupport
import VixenConfig

/// Parses the input as a `.vixen-gate.yml` file.
///
/// Every input must either parse or throw a ``ConfigurationError`` at a 1-based position,
/// which the harness checks. A crash, a hang or a sanitizer report is a bug. On success,
/// each component glob and each migration framework's glob is matched against a few paths, so
/// the fuzzer also drives the compiled globs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfiguration(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInputBytes(data, size)
    do {
        let configuration = try Configuration.parse(bytes: bytes, source: ".vixen-gate.yml")
        for componentGlobs in configuration.components ?? [] {
            for glob in componentGlobs.globs {
                for path in samplePaths {
                    _ = glob.matches(path)
                }
            }
        }
        for settings in configuration.migrations.frameworks.values {
            for glob in settings.paths ?? [] {
                for path in samplePaths {
                    _ = glob.matches(path)
                }
            }
        }
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "position is not 1-based: \(error)")
        _ = error.formatted(.english)
        _ = error.formatted(.spanish)
    }
    return 0
}

/// Repository paths with nesting, dots, a trailing slash and characters of two, three and
/// four UTF-8 bytes.
private let samplePaths = [
    "Dockerfile",
    "backend/app/main.py",
    "backend/alembic/versions/0001_init.py",
    "frontend/src/components/Button.test.tsx",
    ".github/workflows/ci.yml",
    "docs/guía/señal.md",
    "docs/日本語/設定.md",
    "assets/😀.png",
    "a/b/c/d/e/f/g/h/i/j",
    "deploy/",
    "",
]

@main
enum ConfigurationTargetMain {
    static func main() {
        FuzzDriver.run(fuzzConfiguration)
    }
}
