import Synchronization

/// Fixed slots filled by parallel work, read after it finished.
final class ResultSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Result<Value, Error>?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ result: Result<Value, Error>) {
        slots.withLock { $0[index] = result }
    }

    func get(_ index: Int) throws -> Value {
        try slots.withLock { $0[index]! }.get()
    }
}
