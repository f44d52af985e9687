extension DebuggerRule {
    public var examples: RuleExamples {
        let layout = RuleExample.appLayout
        return RuleExamples(
            triggering: [
                RuleExample(
                    "debugger statement",
                    changed: [.added("frontend/src/cart.js", "function total(items) {\n  debugger;\n  return 0\n}\n")],
                    unchanged: layout, expected: [.init("frontend/src/cart.js", line: 2)]),
                RuleExample(
                    "without a semicolon, in a Svelte component",
                    changed: [
                        .added("frontend/src/App.svelte", "<script>\n  let n = 0\n  debugger\n</script>\n<p>{n}</p>\n")
                    ],
                    unchanged: layout, expected: [.init("frontend/src/App.svelte", line: 3)]),
            ],
            nonTriggering: [
                RuleExample(
                    "property, key, string and comment",
                    changed: [
                        .added(
                            "frontend/src/flags.ts",
                            "flags.debugger = true\nconst o = { debugger: 1 }\nconst s = 'debugger'\n// debugger\n"
                        )
                    ],
                    unchanged: layout),
                RuleExample(
                    "test file",
                    changed: [.added("frontend/src/cart.test.js", "debugger\n")],
                    unchanged: layout),
                RuleExample(
                    "unchanged line",
                    changed: [.modified("frontend/src/old.js", "debugger\nrun()\n", addedLines: [2])],
                    unchanged: layout),
            ])
    }
}
