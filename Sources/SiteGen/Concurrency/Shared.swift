import Synchronization

/// A value made once, by the first thread that asks for it; the others wait for it.
final class Shared<Value: Sendable>: Sendable {
    /// The value once made; the lock is held while it is made, so `make` runs once.
    private let made = Mutex<Value?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
