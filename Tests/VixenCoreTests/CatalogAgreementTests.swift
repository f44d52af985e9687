import Testing
import VixenCore

/// Spanish messages whose words agree in number and gender with what they count or name.
@Suite struct CatalogAgreementTests {
    @Test func rulesCheckSummarySingular() {
        let summary = Catalog.rulesCheckSummary(rules: 1, files: 1, errors: 0, warnings: 1)

        #expect(summary.spanish == "Se comprobó 1 regla en 1 archivo: 0 errores, 1 advertencia.")
    }

    @Test func rulesCheckSummaryPlural() {
        let summary = Catalog.rulesCheckSummary(rules: 2, files: 3, errors: 1, warnings: 0)

        #expect(summary.spanish == "Se comprobaron 2 reglas en 3 archivos: 1 error, 0 advertencias.")
    }

    @Test func scanOfStandardInputTakesArticle() {
        let header = Catalog.reportScan(Catalog.reportStandardInput().spanish, files: 1)

        #expect(header.spanish == "Análisis de la entrada estándar: 1 archivo")
    }

    @Test func planWithoutMigrationsIsFeminine() {
        #expect(Catalog.planNoMigrations().spanish == "ninguna")
    }
}

/// The header of `vixen-gate env`, which counts names and entries apart.
@Suite struct EnvListHeaderTests {
    @Test func namesAndEntriesCountedApart() {
        let header = Catalog.envListHeader(revision: "abc1234", names: 6, entries: 8, components: 4)

        #expect(header.english == "Environment variables at abc1234: 6 names, listed 8 times in 4 components")
        #expect(header.spanish == "Variables de entorno en abc1234: 6 nombres, listados 8 veces en 4 componentes")
    }

    @Test func singleNameAndComponent() {
        let header = Catalog.envListHeader(revision: "abc1234", names: 1, entries: 1, components: 1)

        #expect(header.english == "Environment variables at abc1234: 1 name, listed once in 1 component")
        #expect(header.spanish == "Variables de entorno en abc1234: 1 nombre, listado 1 vez en 1 componente")
    }
}
