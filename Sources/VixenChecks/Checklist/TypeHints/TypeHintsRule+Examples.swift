extension TypeHintsRule {
    public var examples: RuleExamples {
        RuleExamples(triggering: triggeringExamples, nonTriggering: nonTriggeringExamples)
    }

    private var triggeringExamples: [RuleExample] {
        let layout = RuleExample.appLayout
        return [
            RuleExample(
                "function without any annotation",
                changed: [.added("backend/app/prices.py", "def total(items, tax=0.2):\n    return sum(items) * tax\n")],
                unchanged: layout, expected: [.init("backend/app/prices.py", line: 1)]),
            RuleExample(
                "decorated async def with a multi-line signature",
                changed: [
                    .added(
                        "backend/app/routes.py",
                        "@router.get(\"/orders\")\nasync def list_orders(\n    limit: int,\n    offset,\n)"
                            + " -> list[str]:\n    return []\n")
                ],
                unchanged: layout, expected: [.init("backend/app/routes.py", line: 2)]),
            RuleExample(
                "variadic and keyword-only parameters after the markers",
                changed: [
                    .added(
                        "backend/app/log.py",
                        "def log(message: str, *args, level: int = 0, **kwargs) -> None:\n    pass\n"
                            + "def send(to: str, /, body: str, *, retries) -> None:\n    pass\n")
                ],
                unchanged: layout,
                expected: [.init("backend/app/log.py", line: 1), .init("backend/app/log.py", line: 3)]),
            RuleExample(
                "method parameters, a class method's return and a static method's first parameter",
                changed: [
                    .added(
                        "backend/app/cart.py",
                        "class Cart:\n    def add(self, item) -> None:\n        pass\n\n    @classmethod\n"
                            + "    def empty(cls):\n        return cls()\n\n    @staticmethod\n"
                            + "    def parse(text) -> \"Cart\":\n        return Cart()\n")
                ],
                unchanged: layout,
                expected: [
                    .init("backend/app/cart.py", line: 2), .init("backend/app/cart.py", line: 6),
                    .init("backend/app/cart.py", line: 10),
                ]),
            RuleExample(
                "__init__ without an annotated parameter and no return annotation",
                changed: [
                    .added(
                        "backend/app/settings.py",
                        "class Settings:\n    def __init__(self):\n        self.debug = False\n")
                ],
                unchanged: layout, expected: [.init("backend/app/settings.py", line: 2)]),
            RuleExample(
                "overload stub without annotations",
                changed: [
                    .added(
                        "backend/app/loader.py",
                        "from typing import overload\n\n@overload\ndef load(key: str) -> str: ...\n@overload\n"
                            + "def load(key): ...\ndef load(key: str | int) -> str:\n    return str(key)\n")
                ],
                unchanged: layout, expected: [.init("backend/app/loader.py", line: 6)]),
            RuleExample(
                "nested function and a type stub",
                changed: [
                    .added(
                        "backend/app/jobs.py", "def run() -> None:\n    def step(x):\n        return x\n    step(1)\n"),
                    .added("backend/app/client.pyi", "def fetch(url: str): ...\n"),
                ],
                unchanged: layout,
                expected: [.init("backend/app/client.pyi", line: 1), .init("backend/app/jobs.py", line: 2)]),
            RuleExample(
                "added body line of one function in a modified file",
                changed: [
                    .modified(
                        "backend/app/math.py", "def old(a):\n    return a\n\n\ndef changed(b):\n    return b + 1\n",
                        addedLines: [6])
                ],
                unchanged: layout, expected: [.init("backend/app/math.py", line: 5)]),
            RuleExample(
                "added line inside a multi-line signature",
                changed: [
                    .modified(
                        "backend/app/build.py", "def build(\n    name: str,\n    size,\n) -> None:\n    pass\n",
                        addedLines: [3])
                ],
                unchanged: layout, expected: [.init("backend/app/build.py", line: 1)]),
        ]
    }

    private var nonTriggeringExamples: [RuleExample] {
        let layout = RuleExample.appLayout
        return [
            RuleExample(
                "every kind of parameter annotated",
                changed: [
                    .added(
                        "backend/app/mail.py",
                        "async def send(\n    to: str, /, body: str = \"\", *args: str, retries: int = 3, "
                            + "**headers: str\n) -> bool:\n    return True\n")
                ],
                unchanged: layout),
            RuleExample(
                "self, cls and __init__ with an annotated parameter",
                changed: [
                    .added(
                        "backend/app/cart.py",
                        "class Cart:\n    def __init__(self, owner: str):\n        self.owner = owner\n\n"
                            + "    def add(self, item: str) -> None:\n        pass\n\n    @classmethod\n"
                            + "    def empty(cls) -> \"Cart\":\n        return cls(\"\")\n")
                ],
                unchanged: layout),
            RuleExample(
                "lambdas",
                changed: [
                    .added(
                        "backend/app/sorting.py",
                        "handlers = {\"a\": lambda x: x}\nranked = sorted([], key=lambda item: item)\n")
                ],
                unchanged: layout),
            RuleExample(
                "test files and migrations",
                changed: [
                    .added("backend/tests/test_orders.py", "def test_total(client):\n    assert client\n"),
                    .added("backend/app/conftest.py", "def client(app):\n    return app\n"),
                    .added(
                        "backend/migrations/versions/0001_init.py",
                        "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"),
                ],
                unchanged: layout),
            RuleExample(
                "unchanged function of a modified file",
                changed: [
                    .modified(
                        "backend/app/math.py", "def old(a):\n    return a\n\n\ndef new(b: int) -> int:\n    return b\n",
                        addedLines: [5, 6])
                ],
                unchanged: layout),
            RuleExample(
                "Python outside the backend",
                changed: [.added("frontend/scripts/build.py", "def main(argv):\n    pass\n")],
                unchanged: layout),
        ]
    }
}
