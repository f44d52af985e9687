/// A pushed ref, by the name the messages show, and what to check for it.
struct PlannedRef: Sendable, Equatable {
    let name: String
    let plan: RefPlan
}
