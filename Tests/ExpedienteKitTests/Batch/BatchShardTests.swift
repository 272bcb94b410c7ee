import ExpedienteKit
import Testing

@Suite struct BatchShardTests {
    static let names = (1...200).map { Array(String(format: "2025-48-%06d", $0).utf8) }

    /// The published FNV-1a 64 test vectors (Fowler, Noll, Vo): another tool can compute the same shards.
    @Test func theHashIsFNV1a64() {
        #expect(BatchShard.fnv1a64([]) == 0xcbf2_9ce4_8422_2325)
        #expect(BatchShard.fnv1a64(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(BatchShard.fnv1a64(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    /// Every folder is in exactly one of the N hash shards, and every shard gets some of 200 folios.
    @Test(arguments: [1, 3, 8]) func theHashShardsPartitionTheFolders(count: Int) {
        let shards = (0..<count).map { BatchShard(index: $0, count: count, partition: .hash) }
        for name in Self.names {
            #expect(shards.filter { $0.contains(name) }.count == 1)
        }
        for shard in shards {
            #expect(Self.names.contains { shard.contains($0) })
        }
    }

    /// In name order, the shards are contiguous runs that put together, 0 to N-1, give the list back;
    /// their sizes differ by one at most, also with fewer folders than shards.
    @Test(arguments: [(1, 200), (3, 200), (8, 200), (7, 3), (4, 0)]) func theOrderShardsAreContiguousRuns(count: Int, total: Int) {
        let names = Array(Self.names.prefix(total))
        let parts = (0..<count).map { BatchShard(index: $0, count: count).select(names) { $0 } }
        #expect(Array(parts.joined()) == names)
        let sizes = parts.map(\.count)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
    }

    /// A folder's hash shard depends on its name alone: adding folders or listing them in another order moves none.
    @Test func aShardDependsOnlyOnTheName() {
        let before = Dictionary(uniqueKeysWithValues: Self.names.map { ($0, BatchShard.bucket(of: $0, count: 5)) })
        let more = Self.names.reversed() + (201...260).map { Array(String(format: "2025-48-%06d", $0).utf8) }
        for name in more where before[name] != nil {
            #expect(BatchShard.bucket(of: name, count: 5) == before[name])
        }
    }

    @Test func parsesKOfNAndTheKubernetesIndex() throws {
        #expect(try BatchShard.parse("0/4", environment: [:]) == BatchShard(index: 0, count: 4))
        #expect(try BatchShard.parse("3/4", environment: [:]) == BatchShard(index: 3, count: 4))
        #expect(try BatchShard.parse("env/4", environment: ["JOB_COMPLETION_INDEX": "2"]) == BatchShard(index: 2, count: 4))
        #expect(try BatchShard.parse("1/4", partition: .hash, environment: [:]) == BatchShard(index: 1, count: 4, partition: .hash))
    }

    @Test(arguments: ["4/4", "-1/4", "1/0", "a/b", "1", "1/2/3", ""]) func refusesAShardThatDoesNotExist(text: String) {
        #expect(throws: BatchSelectionError.self) { try BatchShard.parse(text, environment: [:]) }
    }

    @Test func explainsAMissingOrBadIndexVariable() {
        #expect { try BatchShard.parse("env/4", environment: [:]) } throws: { error in
            "\(error)".contains("JOB_COMPLETION_INDEX")
        }
        #expect { try BatchShard.parse("env/4", environment: ["JOB_COMPLETION_INDEX": "4"]) } throws: { error in
            "\(error)".contains("de 0 a 3")
        }
    }
}
