import Foundation
import Testing
import VixenCore

@testable import VixenRunner

/// The team's report lines in both languages.
struct ReportLinesTests {
    let lines = ReportLines(
        plan: RunnerTestFixtures.plan(.production, paths: ["BE/app.py", "FE/main.js"]), sequence: 42)

    @Test func completedLine() {
        #expect(lines.completed().english == "[SM-042] Deployment v1.4.0 to production completed, monitoring OK")
        #expect(
            lines.completed().spanish
                == "[SM-042] Despliegue de la v1.4.0 en producción completado, monitorización correcta")
    }

    @Test func deployedLine() {
        #expect(lines.deployed().english == "[OPS-042] Deployed v1.4.0 to production - components: BE, FE")
        #expect(lines.deployed().spanish == "[OPS-042] Desplegada la v1.4.0 en producción - componentes: BE, FE")
    }

    @Test func migrationLinesCountInBothLanguages() {
        #expect(lines.migrated(count: 1).english == "[DB-042] Applied 1 migration to production")
        #expect(lines.migrated(count: 3).spanish == "[DB-042] Aplicadas 3 migraciones en producción")
        #expect(lines.undidMigrations(count: 2).english == "[DB-042] Undid 2 migrations on production")
        #expect(lines.undidMigrations(count: 1).spanish == "[DB-042] Deshecha 1 migración en producción")
    }

    @Test func smokeTestLine() {
        let summary = Catalog.smokeTestsSummary(passed: 9, total: 10)
        #expect(lines.smokeTests(summary).english == "[QA-042] Smoke tests post-deployment: 9/10 passing")
        #expect(lines.smokeTests(summary).spanish == "[QA-042] Pruebas de humo tras el despliegue: 9/10 superadas")
    }
}
