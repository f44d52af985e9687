extension ConsoleOutputRule {
    public var examples: RuleExamples {
        let layout = RuleExample.appLayout
        return RuleExamples(
            triggering: [
                RuleExample(
                    "console.log added to a module",
                    changed: [.added("frontend/src/api.js", "export function load() {\n  console.log('loading')\n}\n")],
                    unchanged: layout, expected: [.init("frontend/src/api.js", line: 2)]),
                RuleExample(
                    "debug and info, bracket access and optional chaining",
                    changed: [
                        .added(
                            "frontend/src/a.ts",
                            "console.debug(a)\nconsole['info'](b)\nconsole?.log(c)\nwindow.console.log(d)\n")
                    ],
                    unchanged: layout,
                    expected: [
                        .init("frontend/src/a.ts", line: 1), .init("frontend/src/a.ts", line: 2),
                        .init("frontend/src/a.ts", line: 3), .init("frontend/src/a.ts", line: 4),
                    ]),
                RuleExample(
                    "only the added line of a modified file",
                    changed: [
                        .modified("frontend/src/app.tsx", "console.log('old')\nconsole.log('new')\n", addedLines: [2])
                    ],
                    unchanged: layout, expected: [.init("frontend/src/app.tsx", line: 2)]),
                RuleExample(
                    "script element of a Vue component",
                    changed: [
                        .added(
                            "frontend/src/App.vue",
                            "<template><p>console.log</p></template>\n<script>\nconsole.log(1)\n</script>\n")
                    ],
                    unchanged: layout, expected: [.init("frontend/src/App.vue", line: 3)]),
                RuleExample(
                    "call reference passed on",
                    changed: [.added("frontend/src/log.mjs", "const log = console.log.bind(console)\n")],
                    unchanged: layout, expected: [.init("frontend/src/log.mjs", line: 1)]),
            ],
            nonTriggering: [
                RuleExample(
                    "inside a string, a template's text and comments",
                    changed: [
                        .added(
                            "frontend/src/help.js",
                            "const tip = \"use console.log\"\nconst t = `console.log(${x})`\n// console.log(y)\n/* console.info */\n"
                        )
                    ],
                    unchanged: layout),
                RuleExample(
                    "warn, error and another object's console",
                    changed: [
                        .added("frontend/src/e.js", "console.warn(a)\nconsole.error(b)\nlogger.console.log(c)\n")
                    ],
                    unchanged: layout),
                RuleExample(
                    "test files",
                    changed: [
                        .added("frontend/src/app.test.js", "console.log(1)\n"),
                        .added("frontend/src/__tests__/util.js", "console.log(2)\n"),
                        .added("frontend/src/b.spec.ts", "console.log(3)\n"),
                    ],
                    unchanged: layout),
                RuleExample(
                    "a line the change did not add",
                    changed: [.modified("frontend/src/old.js", "console.log('old')\nrun()\n", addedLines: [2])],
                    unchanged: layout),
                RuleExample(
                    "backend and documentation files",
                    changed: [
                        .added("backend/app/static/x.js", "console.log(1)\n"),
                        .added("frontend/README.md", "console.log(2)\n"),
                    ],
                    unchanged: layout),
            ])
    }
}
