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
        switch value {
        case is String, is Int, is Bool, is Double, is Substring, is Int64:
            return value
        case let array as [Any]:
            return array.map(boxElement)
        case is MustacheLambda, is MustacheParent, is MustacheCustomRenderable, is MustacheCustomRepresentation,
             is CustomStringConvertible, is MustacheTemplate:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label, let unwrapped = unwrap(child.value) else { continue }
                fields[label] = box(unwrapped)
            }
            return fields
        case .optional?:
            return unwrap(value).map(box) ?? value
        default:
            return value
        }
    }

    /// An array element: boxed, except an empty optional, which stays as it was.
    static func boxElement(_ value: Any) -> Any {
        unwrap(value).map(box) ?? value
    }

    /// The value an optional holds, nil when it holds nothing; any other value as it is.
    static func unwrap(_ value: Any) -> Any? {
        // Casts see through an optional that holds something; these are most fields.
        if let text = value as? String { return text }
        if let number = value as? Int { return number }
        if let flag = value as? Bool { return flag }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        guard let first = mirror.children.first else { return nil }
        return unwrap(first.value)
    }
}
