/// Secret values that vendors publish in their documentation, in lowercase, which are never
/// real credentials.
///
/// Most contain a word such as `example` that ``PlaceholderFilter`` also catches. They are
/// listed so that a documented key is recognized as one even without that word.
enum KnownExampleSecrets {
    static let values: Set<String> = [
        // AWS's documented access key ids and secret access keys (IAM user guide).
        "akiaiosfodnn7example",
        "akiai44qh8dhbexample",
        "wjalrxutnfemi/k7mdeng/bpxrficyexamplekey",
        "je7mtgbclwbf/2zp9utk/h3yco8nvbexamplekey",
        // The HS256 token that jwt.io shows by default.
        "eyjhbgcioijiuzi1niisinr5cci6ikpxvcj9.eyjzdwiioiixmjm0nty3odkwiiwibmftzsi6ikpvag4grg9liiwiawf0ijoxnte2mjm5mdiyfq"
            + ".sflkxwrjsmekkf2qt4fwpmejf36pok6yjv_adqssw5c",
    ]
}
