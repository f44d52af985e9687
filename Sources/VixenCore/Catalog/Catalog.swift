/// The message catalog: every user-facing string, in English and Spanish.
///
/// Messages are grouped by area in `Catalog+<Area>.swift` files. Each one is a static
/// function or property that returns a ``LocalizedText``, so arguments are typed and a
/// message cannot exist in one language only.
public enum Catalog {}
