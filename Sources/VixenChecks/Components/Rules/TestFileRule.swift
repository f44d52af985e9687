import VixenConfig
import VixenCore

/// TESTS: test files and test-runner configuration, recognized by name in any folder.
///
/// Python: `test_*.py`, `*_test.py` and `conftest.py`. JavaScript and TypeScript:
/// `*.test.js` (also `.jsx`, `.ts`, `.tsx`, `.mjs`, `.cjs`) and `*.spec.js` (also `.jsx`,
/// `.ts`, `.tsx`). Runner configuration: `vitest.config.*`, `vitest.workspace.*`,
/// `jest.config.*` and `playwright.config.*`.
struct TestFileRule: FileNameRule {
    let component = Component.tests

    private static let globs = RepositoryPath.builtInGlobs([
        "test_*.py", "*_test.py", "conftest.py",
        "*.test.js", "*.test.jsx", "*.test.ts", "*.test.tsx", "*.test.mjs", "*.test.cjs",
        "*.spec.js", "*.spec.jsx", "*.spec.ts", "*.spec.tsx",
        "vitest.config.*", "vitest.workspace.*", "jest.config.*", "playwright.config.*",
    ])

    func matches(path: String) -> Bool {
        Self.globs.contains { $0.matches(path) }
    }
}
