import Testing
import VixenConfig
import VixenCore

@Suite struct PathGlobTests {
    struct MatchCase: Sendable, CustomTestStringConvertible {
        let pattern: String
        let path: String
        let matches: Bool

        var testDescription: String { "\(pattern) \(matches ? "matches" : "does not match") \(path)" }
    }

    static let cases: [MatchCase] = [
        // Literal paths must match the whole path.
        MatchCase(pattern: "backend/app.py", path: "backend/app.py", matches: true),
        MatchCase(pattern: "backend/app.py", path: "backend/app.pyc", matches: false),
        MatchCase(pattern: "backend/app.py", path: "x/backend/app.py", matches: false),
        MatchCase(pattern: "backend", path: "backend/app.py", matches: false),

        // `*` stays within one segment.
        MatchCase(pattern: "src/*.ts", path: "src/main.ts", matches: true),
        MatchCase(pattern: "src/*.ts", path: "src/.ts", matches: true),
        MatchCase(pattern: "src/*.ts", path: "src/lib/main.ts", matches: false),
        MatchCase(pattern: "src/*", path: "src/main.ts", matches: true),
        MatchCase(pattern: "src/*", path: "src", matches: false),
        MatchCase(pattern: "src/a*b*c", path: "src/aXXbYYbZZc", matches: true),
        MatchCase(pattern: "src/a*b*c", path: "src/aXXbYYcZZ", matches: false),
        MatchCase(pattern: "*/main.ts", path: "src/main.ts", matches: true),
        MatchCase(pattern: "*/main.ts", path: "a/src/main.ts", matches: false),

        // `?` is one character, also when the character takes several bytes.
        MatchCase(pattern: "v?.txt", path: "v1.txt", matches: true),
        MatchCase(pattern: "v?.txt", path: "v12.txt", matches: false),
        MatchCase(pattern: "v?.txt", path: "v.txt", matches: false),
        MatchCase(pattern: "docs/?.md", path: "docs/ñ.md", matches: true),
        MatchCase(pattern: "docs/?.md", path: "docs/a/b.md", matches: false),
        MatchCase(pattern: "docs/*ñ*.md", path: "docs/españa.md", matches: true),

        // Character classes.
        MatchCase(pattern: "v[abc].txt", path: "vb.txt", matches: true),
        MatchCase(pattern: "v[abc].txt", path: "vd.txt", matches: false),
        MatchCase(pattern: "v[a-z].txt", path: "vq.txt", matches: true),
        MatchCase(pattern: "v[a-z].txt", path: "vQ.txt", matches: false),
        MatchCase(pattern: "v[!x].txt", path: "vy.txt", matches: true),
        MatchCase(pattern: "v[!x].txt", path: "vx.txt", matches: false),
        MatchCase(pattern: "v[^x].txt", path: "vx.txt", matches: false),
        MatchCase(pattern: "v[]a].txt", path: "v].txt", matches: true),
        MatchCase(pattern: "v[a-].txt", path: "v-.txt", matches: true),
        MatchCase(pattern: "v[0-9][0-9].sql", path: "v42.sql", matches: true),
        MatchCase(pattern: "v[0-9][0-9].sql", path: "v4a.sql", matches: false),
        MatchCase(pattern: "[á-é].md", path: "ç.md", matches: true),
        MatchCase(pattern: "[!a].md", path: "ñ.md", matches: true),

        // Escapes make wildcards literal.
        MatchCase(pattern: "notes/\\*.md", path: "notes/*.md", matches: true),
        MatchCase(pattern: "notes/\\*.md", path: "notes/a.md", matches: false),
        MatchCase(pattern: "notes/\\[1].md", path: "notes/[1].md", matches: true),

        // `**` at the start: any depth, the root included.
        MatchCase(pattern: "**/migrations/*.py", path: "migrations/0001.py", matches: true),
        MatchCase(pattern: "**/migrations/*.py", path: "app/db/migrations/0001.py", matches: true),
        MatchCase(pattern: "**/migrations/*.py", path: "app/migrations/x/0001.py", matches: false),

        // `**` in the middle: zero or more segments.
        MatchCase(pattern: "backend/**/test_*.py", path: "backend/test_a.py", matches: true),
        MatchCase(pattern: "backend/**/test_*.py", path: "backend/app/tests/test_a.py", matches: true),
        MatchCase(pattern: "backend/**/test_*.py", path: "frontend/test_a.py", matches: false),
        MatchCase(pattern: "a/**/b/**/c", path: "a/x/b/y/z/c", matches: true),
        MatchCase(pattern: "a/**/b/**/c", path: "a/b/c", matches: true),
        MatchCase(pattern: "a/**/b/**/c", path: "a/x/y/c", matches: false),

        // `**` at the end: one or more segments, everything under the folder.
        MatchCase(pattern: "backend/**", path: "backend/app/main.py", matches: true),
        MatchCase(pattern: "backend/**", path: "backend/pyproject.toml", matches: true),
        MatchCase(pattern: "backend/**", path: "backend", matches: false),
        MatchCase(pattern: "backend/**", path: "backend.py", matches: false),
        MatchCase(pattern: "backend/**", path: "src/backend/main.py", matches: false),

        // Two asterisks inside a segment act as one.
        MatchCase(pattern: "src/a**z", path: "src/abcz", matches: true),
        MatchCase(pattern: "src/a**z", path: "src/a/z", matches: false),

        // A trailing slash means everything under the folder.
        MatchCase(pattern: "deploy/k8s/", path: "deploy/k8s/app.yml", matches: true),
        MatchCase(pattern: "deploy/k8s/", path: "deploy/k8s/base/app.yml", matches: true),
        MatchCase(pattern: "deploy/k8s/", path: "deploy/k8s", matches: false),
        MatchCase(pattern: "deploy/k8s/", path: "x/deploy/k8s/app.yml", matches: false),
        MatchCase(pattern: "tests/", path: "tests/test_a.py", matches: true),
        MatchCase(pattern: "tests/", path: "backend/tests/unit/test_a.py", matches: true),
        MatchCase(pattern: "tests/", path: "backend/tests", matches: false),

        // With both, the files must be in a folder below.
        MatchCase(pattern: "backend/**/", path: "backend/app/main.py", matches: true),
        MatchCase(pattern: "backend/**/", path: "backend/main.py", matches: false),
        MatchCase(pattern: "**/", path: "a/b", matches: true),
        MatchCase(pattern: "**/", path: "a", matches: false),

        // A pattern without a slash matches the file name in any folder.
        MatchCase(pattern: "Dockerfile", path: "Dockerfile", matches: true),
        MatchCase(pattern: "Dockerfile", path: "backend/Dockerfile", matches: true),
        MatchCase(pattern: "Dockerfile", path: "backend/Dockerfile.dev", matches: false),
        MatchCase(pattern: "*.md", path: "README.md", matches: true),
        MatchCase(pattern: "*.md", path: "docs/guide/setup.md", matches: true),
        MatchCase(pattern: "*.md", path: "docs/guide/setup.mdx", matches: false),
        MatchCase(pattern: "*.md", path: "notes.md/file.txt", matches: false),

        // A leading slash anchors a pattern at the root.
        MatchCase(pattern: "/Dockerfile", path: "Dockerfile", matches: true),
        MatchCase(pattern: "/Dockerfile", path: "backend/Dockerfile", matches: false),
        MatchCase(pattern: "/docs/", path: "docs/index.md", matches: true),
        MatchCase(pattern: "/docs/", path: "app/docs/index.md", matches: false),

        // `**` alone matches every file.
        MatchCase(pattern: "**", path: "a", matches: true),
        MatchCase(pattern: "**", path: "a/b/c", matches: true),
    ]

    @Test(arguments: cases)
    func matching(_ testCase: MatchCase) throws {
        let glob = try PathGlob(testCase.pattern)
        #expect(glob.matches(testCase.path) == testCase.matches)
    }

    @Test func patternIsKept() throws {
        let glob = try PathGlob("backend/**")
        #expect(glob.pattern == "backend/**")
        #expect(glob.description == "backend/**")
    }

    // MARK: Specificity

    @Test(arguments: [
        ("backend/**", 8),
        ("backend/", 8),
        ("/backend/**", 8),
        ("backend/app/alembic/**", 20),
        ("Dockerfile", 10),
        ("*.md", 0),
        ("**/migrations/**", 0),
        ("src/[ab]/x", 4),
        ("src/?x", 4),
        ("a\\*b/*", 4),
        ("docs/ñ/*", 7),
    ])
    func specificity(pattern: String, expected: Int) throws {
        #expect(try PathGlob(pattern).specificity == expected)
    }

    @Test func deeperLiteralPrefixIsMoreSpecific() throws {
        let backend = try PathGlob("backend/**")
        let alembic = try PathGlob("backend/app/alembic/**")
        #expect(alembic.specificity > backend.specificity)
    }

    // MARK: Errors

    @Test(arguments: [
        ("", PathGlobError.Reason.empty),
        ("/", .empty),
        ("a//b", .emptySegment),
        ("a/b//", .emptySegment),
        ("src/[ab", .unclosedBracket(position: 5)),
        ("src/[!", .unclosedBracket(position: 5)),
        ("[]", .unclosedBracket(position: 1)),
        ("a[b/c]", .unclosedBracket(position: 2)),
        ("[ab\\", .unclosedBracket(position: 1)),
        ("[z-a]", .backwardsRange("z-a")),
        ("x/y\\", .danglingBackslash(position: 4)),
        ("a\\/b", .danglingBackslash(position: 2)),
    ])
    func invalidPattern(pattern: String, reason: PathGlobError.Reason) {
        #expect(throws: PathGlobError(pattern: pattern, reason: reason)) {
            try PathGlob(pattern)
        }
    }

    @Test func errorMessageNamesPosition() {
        let error = PathGlobError(pattern: "src/[ab", reason: .unclosedBracket(position: 5))
        #expect(
            error.message.english
                == "The \"[\" at character 5 is never closed. Add a \"]\", or write \"\\[\" to match a literal bracket."
        )
        #expect(error.message.spanish == Catalog.globUnclosedBracket(position: 5).spanish)
    }

    @Test func backwardsRangeMessage() {
        let error = PathGlobError(pattern: "[z-a]", reason: .backwardsRange("z-a"))
        #expect(error.message.english == "The range z-a runs backwards. Write the lower character first, as in a-z.")
    }

    @Test func danglingBackslashMessage() {
        let error = PathGlobError(pattern: "a\\", reason: .danglingBackslash(position: 2))
        #expect(
            error.message.english
                == "The \"\\\" at character 2 escapes nothing. Remove it, or write \"\\\\\" to match a backslash."
        )
    }

    // MARK: Speed

    @Test func pathologicalPatternStaysFast() throws {
        // Backtracking that retried every split would take exponential time here.
        let glob = try PathGlob("**/a*a*a*a*a*a*a*a*b/**/a*a*a*a*b")
        let segment = String(repeating: "a", count: 60)
        let path = Array(repeating: segment, count: 30).joined(separator: "/")
        let clock = ContinuousClock()
        let start = clock.now
        #expect(!glob.matches(path))
        #expect(clock.now - start < .seconds(1))
    }
}
