import VixenCore

/// A step of verifying one migration, named in errors so the reader can find what to fix.
public enum VerificationStep: Sendable, Equatable {
    /// Applying a migration that the base already has, before the new ones.
    case applyBase
    /// Applying the new migration for the first time.
    case up
    case dumpAfterUp
    case down
    case dumpAfterDown
    /// Applying the migration again after its down migration.
    case upAgain
    case dumpAfterUpAgain
    /// Dumping the schema before the first new migration.
    case dumpBeforeUp

    var title: LocalizedText {
        switch self {
        case .applyBase: Catalog.postgresStepApplyBase()
        case .up: Catalog.postgresStepUp()
        case .dumpAfterUp: Catalog.postgresStepDumpAfterUp()
        case .down: Catalog.postgresStepDown()
        case .dumpAfterDown: Catalog.postgresStepDumpAfterDown()
        case .upAgain: Catalog.postgresStepUpAgain()
        case .dumpAfterUpAgain: Catalog.postgresStepDumpAfterUpAgain()
        case .dumpBeforeUp: Catalog.postgresStepDumpBeforeUp()
        }
    }
}
