/// `base` with each of `fields` that `override` sets taken from it: how a document kind
/// overrides the convocatoria's limits and thresholds, and a rule file a check's defaults.
func overlay<T, each Value>(_ override: T?, on base: T, _ fields: repeat WritableKeyPath<T, (each Value)?>) -> T {
    guard let override else { return base }
    var result = base
    func take<V>(_ field: WritableKeyPath<T, V?>) {
        if let value = override[keyPath: field] { result[keyPath: field] = value }
    }
    repeat take(each fields)
    return result
}
