import VixenSyntax

/// The annotations a function lacks: the parameters without one, and whether its return
/// annotation is missing.
///
/// The exemptions follow mypy's `disallow_untyped_defs` and `disallow_incomplete_defs` checks:
/// - The first parameter of a method needs none, whatever its name, because Python passes the
///   instance or, for a `@classmethod`, the class. A `@staticmethod` has no such parameter.
/// - `__init__` in a class needs no `-> None` once one of its other parameters is annotated,
///   because mypy then treats the return type as `None`. Without any annotated parameter it
///   needs `-> None`, as mypy reports.
///
/// Every other parameter needs one, `*args`, `**kwargs` and those with defaults included. An
/// `@overload` stub is judged like any other function, because a type checker reads its
/// annotations only.
struct MissingAnnotations: Equatable {
    /// The parameters without an annotation, as written: `name`, `*args` or `**kwargs`.
    let parameters: [String]
    let isReturnMissing: Bool

    var isEmpty: Bool { parameters.isEmpty && !isReturnMissing }

    init(parameters: [String], isReturnMissing: Bool) {
        self.parameters = parameters
        self.isReturnMissing = isReturnMissing
    }

    init(of function: PythonFunction) {
        var checked = function.parameters
        if Self.hasImplicitFirstParameter(function), let first = checked.first,
            first.kind == .positionalOnly || first.kind == .positionalOrKeyword
        {
            checked.removeFirst()
        }
        parameters = checked.filter { $0.annotation == nil }.map(Self.written)
        let isInitializer = function.enclosingClass != nil && function.name == "__init__"
        let returnMayBeOmitted = isInitializer && checked.contains { $0.annotation != nil }
        isReturnMissing = function.returnAnnotation == nil && !returnMayBeOmitted
    }

    /// Returns whether Python passes the first argument itself: true for methods and class
    /// methods, false for static methods and functions outside a class body.
    private static func hasImplicitFirstParameter(_ function: PythonFunction) -> Bool {
        guard function.enclosingClass != nil else {
            return false
        }
        return !function.decorators.contains { decorator in
            let name = decorator.text.split(separator: ".").last.map(String.init) ?? decorator.text
            return name == "staticmethod"
        }
    }

    private static func written(_ parameter: PythonParameter) -> String {
        switch parameter.kind {
        case .variadicPositional: "*" + parameter.name
        case .variadicKeyword: "**" + parameter.name
        case .positionalOnly, .positionalOrKeyword, .keywordOnly: parameter.name
        }
    }
}
