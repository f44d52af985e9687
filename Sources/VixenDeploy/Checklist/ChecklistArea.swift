/// A part of the workflow's pre-deployment checklist.
public enum ChecklistArea: String, CaseIterable, Sendable, Codable {
    case backend
    case frontend
    case database
    case devops
}
