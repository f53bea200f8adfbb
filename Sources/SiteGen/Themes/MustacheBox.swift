import Foundation
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
        switch BoxPlan.of(value) {
        case .keep:
            return value
        case .array:
            return (value as! [Any]).map { boxed($0) ?? $0 }
        case .dictionary:
            return (value as! MustacheDictionary).mustacheDictionary
        case .fields:
            return boxedFields((value as! MustacheFields).mustacheFields)
        case .mirror:
            var fields: [String: Any] = [:]
            for child in Mirror(reflecting: value).children {
                guard let label = child.label, let field = boxed(child.value) else { continue }
                fields[label] = field
            }
            return fields
        case .optional:
            return Mirror(reflecting: value).children.first.flatMap { boxed($0.value) }
        }
    }

    /// A dictionary of listed fields, each boxed; fields that are empty optionals are left out.
    static func boxedFields(_ fields: [(String, Any)]) -> [String: Any] {
        var boxedFields: [String: Any] = [:]
        boxedFields.reserveCapacity(fields.count)
        for (label, field) in fields {
            if let boxedField = boxed(field) { boxedFields[label] = boxedField }
        }
        return boxedFields
    }
}

/// How `MustacheBox` boxes values of one type, decided once per type: finding it takes a chain of
/// dynamic casts and a `Mirror`, which repeated for every value of every page was a tenth of a
/// 10,000-page build.
enum BoxPlan: Sendable {
    /// Kept as it is (numbers, enums, lambdas, types with their own description or lookup).
    case keep
    /// Boxed element by element.
    case array
    /// The dictionary it writes itself (`MustacheDictionary`).
    case dictionary
    /// A dictionary of the fields it lists itself (`MustacheFields`).
    case fields
    /// A dictionary of its stored properties, read through `Mirror`.
    case mirror
    /// An optional: its value boxed, or nothing.
    case optional

    private final class Known: @unchecked Sendable {
        let lock = NSLock()
        var plans: [ObjectIdentifier: BoxPlan] = [:]
    }

    private static let known = Known()

    static func of(_ value: Any) -> BoxPlan {
        let type = ObjectIdentifier(Swift.type(of: value))
        if let plan = known.lock.withLock({ known.plans[type] }) { return plan }
        let plan = decide(value)
        known.lock.withLock { known.plans[type] = plan }
        return plan
    }

    /// The checks `MustacheBox` made on every value, in the same order.
    private static func decide(_ value: Any) -> BoxPlan {
        let mirror = Mirror(reflecting: value)
        // An optional's plan would depend on whether it holds something: decided per value.
        if mirror.displayStyle == .optional { return .optional }
        if value is [Any] { return .array }
        switch value {
        case is Double, is Substring, is Int64, is MustacheLambda, is MustacheParent, is MustacheCustomRenderable,
             is MustacheCustomRepresentation, is CustomStringConvertible, is MustacheTemplate:
            return .keep
        default:
            break
        }
        if let listed = value as? MustacheFields {
            let fields = listed.mustacheFields
            // Every stored property must be listed; if one was added and not listed, use Mirror.
            if fields.count == mirror.children.count {
                assert(fields.map(\.0) == mirror.children.map { $0.label ?? "" },
                       "\(Swift.type(of: value)).mustacheFields does not name its stored properties in order")
                if let typed = value as? MustacheDictionary, typed.mustacheDictionary.count == fields.count {
                    assert(ModelFingerprint.of(typed.mustacheDictionary) == ModelFingerprint.of(MustacheBox.boxedFields(fields)),
                           "\(Swift.type(of: value)).mustacheDictionary is not what its fields box to")
                    return .dictionary
                }
                return .fields
            }
        }
        switch mirror.displayStyle {
        case .struct?, .class?: return .mirror
        default: return .keep
        }
    }
}
