/// Removes passwords and tokens written into URLs, such as `https://user:token@host/repo.git`,
/// from git's messages before they are shown.
enum CredentialRedaction {
    static func redact(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            let authority = rest.prefix { !$0.isWhitespace && $0 != "/" }
            guard let at = authority.lastIndex(of: "@") else {
                continue
            }
            let userInfo = authority[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                result += userInfo[..<colon] + ":***"
            } else {
                result += "***"
            }
            rest = rest[at...]
        }
        return result + rest
    }
}
