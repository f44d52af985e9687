import Testing

@testable import VixenChecks

@Suite struct PythonEnvSourceTests {
    @Test func readsEveryOsForm() {
        let text = """
            import os
            a = os.environ["A_ONE"]
            b = os.environ.get("B_TWO", "x")
            c = os.getenv('C_THREE')
            d = os.getenv(
                "D_FOUR",
            )
            """
        #expect(envReads("app/a.py", text) == ["B_TWO@3", "C_THREE@4", "D_FOUR@6", "A_ONE@2"])
    }

    @Test func bareNamesNeedTheirImports() {
        let withImports =
            "from os import environ, getenv\nfrom decouple import config\n"
            + "environ['A']\nenviron.get('B')\ngetenv('C')\nconfig('D', cast=bool)\n"
        #expect(envReads("a.py", withImports) == ["B@4", "C@5", "D@6", "A@3"])
        #expect(envReads("b.py", "environ['A']\ngetenv('C')\nconfig('D')\n") == [])
    }

    @Test func writesAndDeletionsAreNotReads() {
        let text = "import os\nos.environ['SET'] = '1'\ndel os.environ['GONE']\nos.environ['ADD'] += 'x'\n"
        #expect(envReads("a.py", text) == [])
    }

    @Test func computedNamesAreDynamicLookups() {
        let text = "import os\nos.environ[key]\nos.getenv(prefix + '_URL')\nos.environ.get(f'X_{n}')\n"
        #expect(envReads("a.py", text) == [])
        #expect(
            envLookups("a.py", text) == [
                "os.getenv(prefix + '_URL')@3", "os.environ.get(f'X_{n}')@4", "environ[key]@2",
            ])
    }

    @Test func stringsAndCommentsAreNotReads() {
        let text = "# os.getenv('IN_COMMENT')\ns = \"os.environ['IN_STRING']\"\n"
        #expect(envReads("a.py", text) == [])
    }

    @Test func crlfAndNonASCIIKeepLineNumbers() {
        let text = "# café ñandú\r\nimport os\r\nvalue = os.getenv(\"LÍMITE\")\r\nother = os.getenv(\"PLAIN\")\r\n"
        #expect(envReads("a.py", text) == ["LÍMITE@3", "PLAIN@4"])
    }

    @Test func otherExtensionsAreNotPython() {
        #expect(envReads("a.txt", "os.getenv('X')\n") == [])
    }
}
