import VixenCore

/// Writes a request as text, the way it would go on the wire, with every secret replaced.
///
/// A secret header keeps its name and its scheme word (`Bearer`, `Basic`) and shows
/// `[redacted: <source>]` for the rest, where the source names the variable the value came from.
/// A secret URL shows only its scheme and host.
public enum RequestTranscript {
    public static func text(_ request: HTTPRequest, language: Language) -> String {
        var lines = [
            Catalog.coolifyDryRunHeading()(language),
            "\(request.method.rawValue) \(request.displayedURL)",
        ]
        for header in request.headers {
            lines.append("\(header.name): \(shownValue(header, language: language))")
        }
        if let body = request.body, !body.isEmpty {
            lines.append("")
            lines.append(String(decoding: body, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Returns the header's value as a transcript or message may show it.
    public static func shownValue(_ header: HTTPHeader, language: Language) -> String {
        guard case .secret(let source) = header.visibility else {
            return header.value
        }
        let placeholder = Catalog.coolifyRedactedValue(source: source)(language)
        for scheme in ["Bearer ", "Basic "] where header.value.hasPrefix(scheme) {
            return scheme + placeholder
        }
        return placeholder
    }
}
