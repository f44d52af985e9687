import Testing

@testable import VixenCLI

@Suite struct DisplayPathTests {
    @Test(arguments: [
        ("src", "app/config.py", "src/app/config.py"),
        ("src/", "app/config.py", "src/app/config.py"),
        (".", "app/config.py", "./app/config.py"),
        ("./", "a.py", "./a.py"),
        ("../other", "a.py", "../other/a.py"),
        ("/", "etc/app.conf", "/etc/app.conf"),
        ("/srv/app", "a.py", "/srv/app/a.py"),
    ])
    func folderJoinedWithPathBelow(argument: String, relative: String, expected: String) {
        #expect(DisplayPath(argument: argument).joined(relative) == expected)
    }

    @Test func fileKeepsItsSpelling() {
        #expect(DisplayPath(argument: "./a.py").joined("") == "./a.py")
        #expect(DisplayPath(argument: "-").joined("") == "-")
    }

    @Test func defaultFolderHasNoDotPrefix() {
        #expect(DisplayPath(argument: nil).joined("app/config.py") == "app/config.py")
    }

    @Test func defaultFolderItselfIsDot() {
        #expect(DisplayPath(argument: nil).joined("") == ".")
    }
}
