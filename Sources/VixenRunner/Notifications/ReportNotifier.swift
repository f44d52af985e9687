import VixenConfig
import VixenCoolify
import VixenCore

/// Posts the report lines of one run to the `coolify.notify` webhook, once, at the end of the run.
///
/// A notification never fails a deployment: a problem comes back as a warning to print.
public struct ReportNotifier: Sendable {
    public let notifier: Notifier

    public init(configuration: Configuration.Notification?, environment: [String: String], http: HTTPClient) {
        notifier = Notifier(configuration: configuration, environment: environment, http: http)
    }

    /// Posts `lines` without repeating a line, and returns the warning to print, or nil.
    public func post(_ lines: [String]) -> LocalizedText? {
        var seen: Set<String> = []
        let unique = lines.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else {
            return nil
        }
        let notifier = self.notifier
        let outcome = AsyncWait.value { await notifier.post(unique) }
        switch outcome {
        case .sent, .notConfigured:
            return nil
        case .failed(let warning):
            return warning.message
        }
    }
}
