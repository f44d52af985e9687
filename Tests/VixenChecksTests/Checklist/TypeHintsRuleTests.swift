import Testing
import VixenChecks
import VixenCore

/// The messages of `checklist.type-hints`: which parameters they name, and their three forms.
@Suite struct TypeHintsRuleTests {
    /// Runs the rule over one added backend file.
    private func findings(_ path: String, _ content: String) throws -> [Finding] {
        let example = RuleExample(
            "added file", changed: [.added(path, content)], unchanged: RuleExample.appLayout)
        let input = try ChecklistInput(context: RuleExampleRunner.context(for: example))
        return try TypeHintsRule().findings(in: input)
    }

    @Test func variadicParametersNamedWithStars() throws {
        let found = try findings(
            "backend/app/log.py", "def log(message: str, *args, level=0, **kwargs) -> None:\n    pass\n")

        #expect(found.count == 1)
        #expect(
            found.first?.message.english
                == "The function log in backend/app/log.py has no type annotation on the parameters *args, level, "
                + "**kwargs. Annotate them so that type checkers such as mypy check its calls.")
    }

    @Test func methodNamedByQualifiedName() throws {
        let found = try findings(
            "backend/app/cart.py", "class Cart:\n    async def total(self, rate: float):\n        return 0\n")

        #expect(found.map(\.line) == [2])
        #expect(
            found.first?.message.english
                == "The function Cart.total in backend/app/cart.py has no return annotation. Add one, such as "
                + "`-> None` when it returns nothing, so that type checkers such as mypy check its calls.")
        #expect(
            found.first?.message.spanish
                == "La función Cart.total de backend/app/cart.py no tiene anotación del tipo de retorno. Añádala, "
                + "por ejemplo `-> None` si no devuelve nada, para que los verificadores de tipos como mypy "
                + "comprueben sus llamadas.")
    }

    @Test func singleParameterInSpanish() throws {
        let found = try findings("backend/app/ids.py", "def parse(text) -> int:\n    return int(text)\n")

        #expect(
            found.first?.message.spanish
                == "La función parse de backend/app/ids.py no tiene anotación de tipo en el parámetro text. "
                + "Anótelo para que los verificadores de tipos como mypy comprueben sus llamadas.")
    }

    @Test func moduleLevelInitNeedsReturn() throws {
        let found = try findings("backend/app/setup.py", "def __init__(app: object):\n    pass\n")

        #expect(found.map(\.line) == [1])
    }
}
