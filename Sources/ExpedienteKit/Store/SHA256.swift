import CExpedienteSHA256
import Foundation

/// SHA-256 of the result store (content hashes and fingerprints), in the project's own C target:
/// a few dozen lines instead of a cryptography package that every build compiled whole.
struct SHA256 {
    private var context = exp_sha256_ctx()

    init() {
        exp_sha256_init(&context)
    }

    mutating func update(bufferPointer: UnsafeRawBufferPointer) {
        guard let base = bufferPointer.baseAddress, bufferPointer.count > 0 else { return }
        exp_sha256_update(&context, base, bufferPointer.count)
    }

    mutating func update(data: some ContiguousBytes) {
        data.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// The 32-byte digest; the hasher is spent.
    mutating func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBufferPointer { exp_sha256_final(&context, $0.baseAddress!) }
        return digest
    }
}
