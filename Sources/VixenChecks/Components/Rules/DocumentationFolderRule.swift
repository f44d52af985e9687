import VixenCore

/// DOCS: every file under `docs` or `doc` at the root, whatever its type, so a Sphinx
/// `conf.py` or a diagram there is documentation too.
///
/// Deeper folders of these names are not claimed, because inside an app they are often
/// code, such as an API documentation module.
struct DocumentationFolderRule: FolderRule {
    let component = Component.docs

    func claims(folder: Substring, path: String) -> Bool {
        folder == "docs" || folder == "doc"
    }
}
