/// One shard of a batch run (`batch --shard K/N`), by one of two partitions (`--shard-by`):
/// - `orden` (the default): the K-th of N contiguous runs of the folders in name order, as even in
///   size as they can be. The shards' outputs, concatenated from 0 to N-1, are one whole run's.
///   A folder's shard depends on the other folders, so it can move when the tree changes.
/// - `hash`: the folders whose name under RAÍZ hashes to K modulo N (FNV-1a of 64 bits over the
///   raw bytes of the name). A folder's shard depends only on its own name and on N: adding or
///   removing folders never moves another one; the outputs must be sorted by folder to be joined.
/// Shards are numbered from 0, as Kubernetes' `JOB_COMPLETION_INDEX` and Spark's partitions are.
public struct BatchShard: Sendable, Equatable, CustomStringConvertible {
    public enum Partition: String, Sendable, CaseIterable {
        case orden, hash
    }

    public let index: Int
    public let count: Int
    public var partition: Partition = .orden

    /// The variable `--shard env/N` reads: Kubernetes sets it in each pod of an Indexed Job.
    public static let indexVariable = "JOB_COMPLETION_INDEX"

    public init(index: Int, count: Int, partition: Partition = .orden) {
        self.index = index
        self.count = count
        self.partition = partition
    }

    public var description: String { "\(index)/\(count)" }

    /// Parses `K/N` (0 ≤ K < N) or `env/N`, whose K is `JOB_COMPLETION_INDEX` from `environment`.
    public static func parse(_ text: String, partition: Partition = .orden,
                             environment: [String: String]) throws(BatchSelectionError) -> BatchShard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Int(parts[1]), count > 0 else {
            throw BatchSelectionError("--shard espera K/N (p. ej. 0/4: el primero de 4 fragmentos) o env/N; se recibió «\(text)».")
        }
        let indexText: String
        if parts[0] == "env" {
            guard let value = environment[indexVariable] else {
                throw BatchSelectionError("--shard env/\(count) lee la variable \(indexVariable), que no está definida (Kubernetes la pone en cada pod de un Indexed Job).")
            }
            indexText = value
        } else {
            indexText = String(parts[0])
        }
        guard let index = Int(indexText), (0..<count).contains(index) else {
            throw BatchSelectionError("En --shard K/\(count), K va de 0 a \(count - 1) (se cuentan desde 0); se recibió «\(indexText)».")
        }
        return BatchShard(index: index, count: count, partition: partition)
    }

    /// This shard's part of `items`, which are in name order; `rawName` gives an item's name under RAÍZ.
    public func select<Item>(_ items: [Item], rawName: (Item) -> [UInt8]) -> [Item] {
        switch partition {
        case .orden:
            let range = Self.range(index: index, count: count, total: items.count)
            return Array(items[range])
        case .hash:
            return items.filter { contains(rawName($0)) }
        }
    }

    /// The positions of shard `index` of `count` among `total` items in order: contiguous, the
    /// sizes differing by at most one, every position in exactly one shard.
    public static func range(index: Int, count: Int, total: Int) -> Range<Int> {
        (index * total / count)..<((index + 1) * total / count)
    }

    /// Whether the folder named `rawName` (its name under RAÍZ, as on disk) hashes to this shard.
    public func contains(_ rawName: [UInt8]) -> Bool {
        Self.bucket(of: rawName, count: count) == index
    }

    /// The shard of a name among `count`: FNV-1a 64 of its bytes, modulo `count`.
    public static func bucket(of rawName: [UInt8], count: Int) -> Int {
        Int(fnv1a64(rawName) % UInt64(count))
    }

    /// FNV-1a, 64 bits (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
    public static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// A `--shard` or `--folders` that cannot be used, in Spanish; the command exits with 2.
public struct BatchSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
