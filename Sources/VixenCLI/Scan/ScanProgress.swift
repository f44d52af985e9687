import VixenCore

/// The progress line of a long scan on standard error, rewritten in place on a terminal and never
/// written elsewhere, so that logs and pipes get only the report.
struct ScanProgress {
    let console: Console
    let language: Language

    /// Shows that `done` of `total` commits are scanned, replacing the previous line.
    func show(done: Int, total: Int) {
        guard console.errorIsTerminal else {
            return
        }
        let line = Catalog.scanHistoryProgress(done: done, total: total)(language)
        // Carriage return, then the text, then ESC [K, which erases what a longer line left behind.
        console.writeError("\r" + line + "\u{1B}[K")
    }

    /// Erases the progress line, so that the next output starts on a clean line.
    func clear() {
        guard console.errorIsTerminal else {
            return
        }
        console.writeError("\r\u{1B}[K")
    }
}
