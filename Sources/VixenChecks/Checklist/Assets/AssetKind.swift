import VixenConfig
import VixenCore

/// The kinds of files a web page downloads whose size the checklist limits, recognized by extension.
enum AssetKind: Sendable {
    case image
    case font
    case video

    static let imageExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "bmp", "ico", "tif", "tiff", "heic", "heif",
    ]
    static let fontExtensions: Set<String> = ["woff", "woff2", "ttf", "otf", "eot"]
    static let videoExtensions: Set<String> = ["mp4", "webm", "mov", "m4v", "avi", "mkv", "ogv"]

    /// Returns the kind of `path` from its extension, ignoring case, or nil for other files.
    init?(path: String) {
        let fileExtension = Self.fileExtension(of: path)
        if Self.imageExtensions.contains(fileExtension) {
            self = .image
        } else if Self.fontExtensions.contains(fileExtension) {
            self = .font
        } else if Self.videoExtensions.contains(fileExtension) {
            self = .video
        } else {
            return nil
        }
    }

    /// Returns the extension of the file name in lower case, or an empty string when it has none.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return ""
        }
        return name[name.index(after: dot)...].lowercased()
    }

    func limit(_ settings: Configuration.Checklist) -> Int64 {
        switch self {
        case .image: settings.maxImageSize
        case .font: settings.maxFontSize
        case .video: settings.maxVideoSize
        }
    }

    var catalogKind: Catalog.ChecklistAssetKind {
        switch self {
        case .image: .image
        case .font: .font
        case .video: .video
        }
    }

    /// Returns whether a changed file is an asset the site serves: its content changed, and it
    /// is not documentation or a test fixture.
    static func isServed(_ file: ChangedFile, input: ChecklistInput) -> Bool {
        let change = file.change
        if change.status == .renamed, change.oldBlob != nil, change.oldBlob == change.newBlob {
            return false
        }
        let component = input.component(of: change.path)
        return component != .docs && component != .tests
    }
}
