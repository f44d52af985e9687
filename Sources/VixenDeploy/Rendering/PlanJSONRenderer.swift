import Foundation
import VixenCore

/// The plan for tools and for the deploy runner: one JSON object, pretty-printed with sorted keys and a
/// trailing newline.
///
/// The object is the plan's own encoding, so `JSONDecoder` reads it back into an equal ``DeployPlan``,
/// with the localized texts (`description`, `explanation`, `title`, `detail`, `text`) and `language`
/// added for people. Keys, ids and rule ids stay in English whatever the language.
public struct PlanJSONRenderer: PlanRenderer, Sendable {
    public init() {}

    public func render(_ plan: DeployPlan, language: Language) -> String {
        JSONText.encode(plan, userInfo: [.planText: PlanText(plan: plan, language: language)])
    }
}
