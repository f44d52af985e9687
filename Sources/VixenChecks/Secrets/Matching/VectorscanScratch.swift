import CVectorscan

/// Vectorscan's per-thread working memory for scanning one database, freed with `hs_free_scratch`.
///
/// A scratch may serve only one scan at a time, so each scanning thread clones its own.
final class VectorscanScratch {
    let pointer: OpaquePointer

    private init(pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// Allocates a scratch for `database`.
    convenience init(for database: VectorscanDatabase) throws(SecretsError) {
        var scratch: OpaquePointer?
        let status = hs_alloc_scratch(database.pointer, &scratch)
        guard status == HS_SUCCESS, let scratch else {
            throw SecretsError.vectorscanFailure(function: "hs_alloc_scratch", status: status)
        }
        self.init(pointer: scratch)
    }

    deinit {
        hs_free_scratch(pointer)
    }

    /// Returns a copy for another thread.
    func clone() throws(SecretsError) -> VectorscanScratch {
        var copy: OpaquePointer?
        let status = hs_clone_scratch(pointer, &copy)
        guard status == HS_SUCCESS, let copy else {
            throw SecretsError.vectorscanFailure(function: "hs_clone_scratch", status: status)
        }
        return VectorscanScratch(pointer: copy)
    }
}
