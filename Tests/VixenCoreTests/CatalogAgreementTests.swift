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
