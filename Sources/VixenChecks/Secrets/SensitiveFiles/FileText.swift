/// A file's content, decoded from UTF-8 the first time a kind reads it, so that files whose name
/// fits no kind are never decoded.
final class FileText {
    private let load: () -> [UInt8]

    init(load: @escaping () -> [UInt8]) {
        self.load = load
    }

    /// The content, with invalid UTF-8 decoded as U+FFFD.
    private(set) lazy var string = String(decoding: load(), as: UTF8.self)
}
