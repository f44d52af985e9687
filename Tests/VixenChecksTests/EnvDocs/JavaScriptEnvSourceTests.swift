import Testing

@testable import VixenChecks

@Suite struct JavaScriptEnvSourceTests {
    @Test func readsProcessEnvForms() {
        let text = """
            const a = process.env.API_URL
            const b = process.env["SITE_NAME"]
            const c = process?.env?.OPTIONAL_ONE
            const d = process.env['QUOTED'] ?? 'x'
            """
        #expect(envReads("src/a.js", text) == ["API_URL@1", "SITE_NAME@2", "OPTIONAL_ONE@3", "QUOTED@4"])
    }

    @Test func readsImportMetaEnvWithoutViteValues() {
        let text = "const u = import.meta.env.VITE_API_URL\nif (import.meta.env.DEV) {}\nimport.meta.env.MODE\n"
        #expect(envReads("src/a.ts", text) == ["VITE_API_URL@1"])
    }

    @Test func readsDestructuredKeys() {
        let text = "const {\n  PORT_NUMBER,\n  HOST: host,\n  LEVEL = 'info',\n  ...rest\n} = process.env\n"
        #expect(envReads("server.mjs", text) == ["PORT_NUMBER@2", "HOST@3", "LEVEL@4"])
    }

    @Test func computedKeysAreDynamicLookups() {
        let text = "const a = process.env[name]\nconst b = import.meta.env[`VITE_${key}`]\n"
        #expect(envReads("a.js", text) == [])
        #expect(envLookups("a.js", text) == ["process.env[name]@1", "import.meta.env[`VITE_${key}`]@2"])
    }

    @Test func commentsStringsAndOtherObjectsAreSkipped() {
        let text = "// process.env.A\nconst s = 'process.env.B'\nconfig.process.env.C\nconst env = x.env.D\n"
        #expect(envReads("a.js", text) == [])
    }

    @Test func componentFilesReadOnlyScripts() {
        let text =
            "<template>\n  <p>process.env.IN_TEMPLATE</p>\n</template>\n<script setup>\n"
            + "const a = import.meta.env.VITE_TITLE\n</script>\n"
        #expect(envReads("src/App.vue", text) == ["VITE_TITLE@5"])
        #expect(envReads("src/App.svelte", text) == ["VITE_TITLE@5"])
    }

    @Test func minifiedLineKeepsEveryRead() {
        let code = String(repeating: "var a=1;", count: 20_000) + "x=process.env.MIN_ONE;y=process.env.MIN_TWO"
        #expect(envReads("dist/app.min.js", code) == ["MIN_ONE@1", "MIN_TWO@1"])
    }
}
