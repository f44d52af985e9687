/// One top-level key of the configuration file and the decoder of its value.
///
/// To add a section, write a file in `Sections/` that defines a static
/// `ConfigurationSection` and list it in ``Configuration/sections``.
struct ConfigurationSection: Sendable {
    typealias Decode =
        @Sendable (YAMLNode, ConfigurationDecoder, inout Configuration) throws(ConfigurationError) -> Void

    let key: String
    /// Decodes the section's value into the configuration.
    ///
    /// A null value, as in `limits:` with nothing after it, reaches the decoder too, which
    /// usually keeps the defaults.
    let decode: Decode
}
