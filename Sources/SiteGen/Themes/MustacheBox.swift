@_spi(Reflection) import Swift
import Mustache
import Synchronization

/// Turns a view model into dictionaries once, before rendering.
///
/// swift-mustache reads a struct's fields through `Mirror`, and does it again for every `{{name}}`
/// at every level of the context stack it climbs: on a page listing thousands of projects that
/// reflection was most of the build's time. A `[String: Any]` is read by key instead
/// (`MustacheParent`), so the same model boxed once renders the same text much faster.
///
/// Every struct is boxed the same way, from its field table (`FieldTable`): there is no list of
/// fields to keep by hand and no slower path to fall back to. What a template can see: structs
/// become dictionaries of their stored properties, optionals that hold nothing are left out (so a
/// lookup climbs the stack as it did), arrays are boxed element by element, and everything else
/// (strings, numbers, enums, lambdas, types with their own description or lookup) is kept as it is.
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
        case .fields(let table):
            return table.box(value)
        case .optional:
            return Mirror(reflecting: value).children.first.flatMap { boxed($0.value) }
        }
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
    /// A struct: a dictionary of its stored properties, read through its field table.
    case fields(FieldTable)
    /// An optional: its value boxed, or nothing.
    case optional

    private static let known = Mutex<[ObjectIdentifier: BoxPlan]>([:])

    static func of(_ value: Any) -> BoxPlan {
        let type = ObjectIdentifier(Swift.type(of: value))
        if let plan = known.withLock({ $0[type] }) { return plan }
        let plan = decide(value)
        known.withLock { $0[type] = plan }
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
        switch mirror.displayStyle {
        case .struct?:
            return .fields(FieldTable(of: value))
        case .class?:
            // A class's fields live behind a reference that may change under the render: view
            // models are values.
            preconditionFailure("\(Swift.type(of: value)) is a class; view models must be structs")
        default:
            return .keep
        }
    }
}

/// A struct type's stored properties, found once from the type's metadata: their names, where
/// each lies in the value and its type. Boxing reads every field straight from the value's bytes,
/// as fast as a dictionary written by hand, without `Mirror`.
struct FieldTable: @unchecked Sendable {
    struct Field {
        var name: String
        var offset: Int
        var type: Any.Type
        var kind: Kind
    }

    /// Field types read straight from the value's bytes, without boxing them in `Any` to cast
    /// them back: texts, numbers and flags are most fields of every view model.
    enum Kind {
        case string, optionalString, int, bool, other

        init(_ type: Any.Type) {
            if type == String.self {
                self = .string
            } else if type == String?.self {
                self = .optionalString
            } else if type == Int.self {
                self = .int
            } else if type == Bool.self {
                self = .bool
            } else {
                self = .other
            }
        }
    }

    let fields: [Field]

    /// The table of `value`'s type (a struct).
    init(of value: Any) {
        func table<T>(_: T) -> [Field] {
            var fields: [Field] = []
            let complete = _forEachField(of: T.self) { name, offset, type, _ in
                fields.append(Field(name: String(cString: name), offset: offset, type: type, kind: Kind(type)))
                return true
            }
            precondition(complete, "the fields of \(T.self) cannot be listed")
            return fields
        }
        fields = _openExistential(value, do: table)
    }

    /// A dictionary of the value's fields, each boxed; fields that are empty optionals are left out.
    func box(_ value: Any) -> [String: Any] {
        func read<T>(_ value: T) -> [String: Any] {
            var boxedFields: [String: Any] = [:]
            boxedFields.reserveCapacity(fields.count)
            withUnsafePointer(to: value) { pointer in
                let base = UnsafeRawPointer(pointer)
                for field in fields {
                    let address = base + field.offset
                    switch field.kind {
                    case .string:
                        boxedFields[field.name] = address.load(as: String.self)
                    case .optionalString:
                        if let text = address.load(as: String?.self) { boxedFields[field.name] = text }
                    case .int:
                        boxedFields[field.name] = address.load(as: Int.self)
                    case .bool:
                        boxedFields[field.name] = address.load(as: Bool.self)
                    case .other:
                        func load<F>(_: F.Type) -> Any { address.load(as: F.self) }
                        if let boxedField = MustacheBox.boxed(_openExistential(field.type, do: load)) {
                            boxedFields[field.name] = boxedField
                        }
                    }
                }
            }
            return boxedFields
        }
        return _openExistential(value, do: read)
    }
}
