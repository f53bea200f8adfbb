import Mustache

/// A hash of a boxed view model (`MustacheBox`): equal for models that render the same text, so
/// `sitegen serve` can skip rendering pages whose model did not change. Nil when the model holds
/// something whose rendering cannot be judged from its value (a lambda).
///
/// Dictionaries are hashed without depending on their order (each entry's hash is summed); hashes
/// are only compared within one process, where `Hasher` is stable.
enum ModelFingerprint {
    static func of(_ value: Any) -> Int? {
        var hasher = Hasher()
        guard add(value, to: &hasher) else { return nil }
        return hasher.finalize()
    }

    private static func add(_ value: Any, to hasher: inout Hasher) -> Bool {
        switch value {
        case var text as String:
            hasher.combine(1 as UInt8)
            hasher.combine(text.utf8.count)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case let number as Int:
            hasher.combine(2 as UInt8)
            hasher.combine(number)
        case let flag as Bool:
            hasher.combine(3 as UInt8)
            hasher.combine(flag)
        case let fields as [String: Any]:
            hasher.combine(4 as UInt8)
            hasher.combine(fields.count)
            var sum = 0
            for (key, field) in fields {
                var entry = Hasher()
                entry.combine(key)
                guard add(field, to: &entry) else { return false }
                sum = sum &+ entry.finalize()
            }
            hasher.combine(sum)
        case let array as [Any]:
            hasher.combine(5 as UInt8)
            hasher.combine(array.count)
            for element in array {
                guard add(element, to: &hasher) else { return false }
            }
        case is MustacheLambda, is MustacheCustomRenderable, is MustacheCustomRepresentation, is MustacheTemplate:
            return false
        default:
            // Kept as it is by the box (numbers, enums, described values): Mustache prints its description.
            hasher.combine(6 as UInt8)
            hasher.combine(String(describing: type(of: value)))
            hasher.combine(String(describing: value))
        }
        return true
    }
}
