import Mustache

/// Turns a view model into dictionaries once, before rendering.
///
/// swift-mustache reads a struct's fields through `Mirror`, and does it again for every `{{name}}`
/// at every level of the context stack it climbs: on a page listing thousands of projects that
/// reflection was most of the build's time. A `[String: Any]` is read by key instead
/// (`MustacheParent`), so the same model boxed once renders the same text much faster.
///
/// What a template can see does not change: structs and classes become dictionaries of their
/// stored properties, optionals that hold nothing are left out (so a lookup climbs the stack as
/// it did), arrays are boxed element by element, and everything else (strings, numbers, enums,
/// lambdas, types with their own description) is kept as it is.
enum MustacheBox {
    static func box(_ value: Any) -> Any {
        boxed(value) ?? value
    }

    /// The boxed value; nil for an optional that holds nothing.
    static func boxed(_ value: Any) -> Any? {
        // Casts see through an optional that holds something; these are most fields.
        if let text = value as? String { return text }
        if let number = value as? Int { return number }
        if let flag = value as? Bool { return flag }
        if let array = value as? [Any] { return array.map { boxed($0) ?? $0 } }
        switch value {
        case is Double, is Substring, is Int64, is MustacheLambda, is MustacheParent, is MustacheCustomRenderable,
             is MustacheCustomRepresentation, is CustomStringConvertible, is MustacheTemplate:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        if let listed = value as? MustacheFields {
            let fields = listed.mustacheFields
            // Every stored property must be listed; if one was added and not listed, use Mirror.
            if fields.count == mirror.children.count {
                assert(fields.map(\.0) == mirror.children.map { $0.label ?? "" },
                       "\(type(of: value)).mustacheFields does not name its stored properties in order")
                var boxedFields: [String: Any] = [:]
                for (label, field) in fields {
                    if let boxedField = boxed(field) { boxedFields[label] = boxedField }
                }
                return boxedFields
            }
        }
        switch mirror.displayStyle {
        case .struct?, .class?:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let field = boxed(child.value) else { continue }
                fields[label] = field
            }
            return fields
        case .optional?:
            return mirror.children.first.flatMap { boxed($0.value) }
        default:
            return value
        }
    }
}
