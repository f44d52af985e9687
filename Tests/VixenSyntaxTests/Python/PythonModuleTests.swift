import Testing
import VixenSyntax

/// Functions, classes, assignments and statements read from whole modules.
@Suite struct PythonModuleTests {
    static let alembicRevision = """
        \"\"\"Add the orders table.

        Revision ID: 3f2a
        \"\"\"
        from typing import Sequence, Union

        import sqlalchemy as sa
        from alembic import op

        revision: str = "3f2a"
        down_revision: Union[str, None] = ("1a0b", "2c9d")
        branch_labels = depends_on = None


        def upgrade() -> None:
            op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True))


        def downgrade() -> None:
            \"\"\"Nothing to undo.\"\"\"
            pass

        """

    @Test func findsModuleFunctionsWithLines() throws {
        let module = PythonModule(Self.alembicRevision)
        #expect(module.functions.map(\.name) == ["upgrade", "downgrade"])
        let upgrade = try #require(module.function(named: "upgrade"))
        #expect(upgrade.keyword == PythonPosition(line: 15, column: 0))
        #expect(upgrade.body.start == PythonPosition(line: 16, column: 4))
        #expect(upgrade.body.end == PythonPosition(line: 16, column: 76))
        #expect(upgrade.body.isIndented)
        #expect(upgrade.returnAnnotation?.text == "None")
        #expect(upgrade.parameters == [])
    }

    @Test func bodyStatementsOfDowngrade() throws {
        let module = PythonModule(Self.alembicRevision)
        let downgrade = try #require(module.function(named: "downgrade"))
        let statements = module.statements(in: downgrade.body.tokens)
        #expect(statements.map { module.expression($0.tokens)?.text } == ["\"\"\"Nothing to undo.\"\"\"", "pass"])
        #expect(statements.map(\.start.line) == [20, 21])
        #expect(downgrade.body.end == PythonPosition(line: 21, column: 8))
    }

    @Test func readsModuleAssignments() throws {
        let module = PythonModule(Self.alembicRevision)
        #expect(
            module.assignments.map(\.targets) == [["revision"], ["down_revision"], ["branch_labels", "depends_on"]])
        let revision = try #require(module.assignment(to: "revision"))
        #expect(revision.annotation?.text == "str")
        #expect(revision.start == PythonPosition(line: 10, column: 0))
        #expect(module.literal(try #require(revision.value)) == .string("3f2a"))
        let down = try #require(module.assignment(to: "down_revision")?.value)
        #expect(module.literal(down) == .tuple([.string("1a0b"), .string("2c9d")]))
        #expect(module.literal(down)?.strings == ["1a0b", "2c9d"])
        let labels = try #require(module.assignment(to: "depends_on")?.value)
        #expect(module.literal(labels) == PythonLiteral.none)
    }

    @Test func parametersOfEveryKind() throws {
        let module = PythonModule(
            "def f(a, b: int, /, c=1, *args: str, d, e: list[int] = [1, 2], f=lambda x, y: x, **kw) -> dict: ...\n")
        let function = try #require(module.functions.first)
        let summary = function.parameters.map { parameter in
            "\(parameter.name) \(parameter.kind) \(parameter.annotation?.text ?? "-") \(parameter.defaultValue?.text ?? "-")"
        }
        #expect(
            summary == [
                "a positionalOnly - -", "b positionalOnly int -", "c positionalOrKeyword - 1",
                "args variadicPositional str -", "d keywordOnly - -", "e keywordOnly list[int] [1, 2]",
                "f keywordOnly - lambda x, y: x", "kw variadicKeyword - -",
            ])
        #expect(function.returnAnnotation?.text == "dict")
        #expect(function.body.isIndented == false)
        #expect(module.statements(in: function.body.tokens).count == 1)
    }

    @Test func bareStarMakesKeywordOnly() throws {
        let module = PythonModule("async def g(self, *, timeout: float = 1.0):\n    await x\n")
        let function = try #require(module.functions.first)
        #expect(function.isAsync)
        #expect(function.parameters.map(\.kind) == [.positionalOrKeyword, .keywordOnly])
        #expect(function.parameters[1].position == PythonPosition(line: 1, column: 21))
    }

    static let settingsModule = """
        class Settings(BaseSettings, metaclass=Meta):
            database_url: str
            debug: bool = False

            @field_validator("database_url")
            @classmethod
            def check(cls, value):
                def inner():
                    return value
                return inner()

            class Config:
                env_prefix = "APP_"

        if TYPE_CHECKING:
            def typed() -> None: ...
        """

    @Test func qualifiedNamesFollowPython() {
        let module = PythonModule(Self.settingsModule)
        #expect(module.functions.map(\.qualifiedName) == ["Settings.check", "Settings.check.<locals>.inner", "typed"])
        #expect(module.functions.map(\.enclosingClass) == ["Settings", nil, nil])
        #expect(module.functions.map(\.depth) == [1, 2, 0])
        #expect(module.classes.map(\.qualifiedName) == ["Settings", "Settings.Config"])
    }

    @Test func decoratorsAndStart() {
        let module = PythonModule(Self.settingsModule)
        let check = module.functions[0]
        #expect(check.decorators.map(\.text) == ["field_validator(\"database_url\")", "classmethod"])
        #expect(check.start == PythonPosition(line: 5, column: 4))
        #expect(check.keyword == PythonPosition(line: 7, column: 4))
        #expect(check.body.end == PythonPosition(line: 10, column: 22))
    }

    @Test func classArgumentsAndFields() {
        let module = PythonModule(Self.settingsModule)
        let settings = module.classes[0]
        #expect(settings.arguments.map(\.value.text) == ["BaseSettings", "Meta"])
        #expect(settings.arguments.map(\.keyword) == [nil, "metaclass"])
        #expect(settings.assignments.map(\.targets) == [["database_url"], ["debug"]])
        #expect(settings.assignments.map { $0.annotation?.text } == ["str", "bool"])
        #expect(settings.assignments.map { $0.value?.text } == [nil, "False"])
        #expect(module.classes[1].assignments.map(\.targets) == [["env_prefix"]])
    }

    @Test func functionInsideIfIsNotModuleLevel() {
        let module = PythonModule(Self.settingsModule)
        #expect(module.function(named: "typed") == nil)
        #expect(module.assignments == [])
    }

    @Test func laterDefinitionWins() throws {
        let module = PythonModule("def downgrade():\n    op.drop_table('t')\n\ndef downgrade():\n    pass\n")
        let downgrade = try #require(module.function(named: "downgrade"))
        #expect(downgrade.keyword.line == 4)
    }

    @Test func typeParametersBeforeParameters() throws {
        let module = PythonModule("def first[T](items: list[T]) -> T:\n    return items[0]\n")
        let function = try #require(module.function(named: "first"))
        #expect(function.parameters.map(\.name) == ["items"])
        #expect(function.returnAnnotation?.text == "T")
    }

    @Test func malformedDefinitionIsSkipped() {
        let module = PythonModule("def (x):\n    pass\ndef missing_parameters:\n    pass\ndef good():\n    pass\n")
        #expect(module.functions.map(\.name) == ["good"])
    }

    @Test func moduleLevelScopeSkipsBodies() {
        let module = PythonModule(source: PythonSource(Self.settingsModule), scope: .moduleLevel)
        #expect(module.classes.map(\.qualifiedName) == ["Settings"])
        #expect(module.classes.first?.assignments == [])
        #expect(module.functions == [])
        let alembic = PythonModule(source: PythonSource(Self.alembicRevision), scope: .moduleLevel)
        #expect(alembic.functions.map(\.name) == ["upgrade", "downgrade"])
        #expect(
            alembic.assignments.map(\.targets) == [["revision"], ["down_revision"], ["branch_labels", "depends_on"]])
    }
}
