@testable import ExpedienteKit
import Foundation
import Testing

/// The store's SHA-256 (the C target) against the FIPS 180-4 examples and sha256sum.
@Suite struct SHA256Tests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func digest(_ bytes: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(data: bytes)
        return hex(hasher.finalize())
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func fipsExamples(message: String, expected: String) {
        #expect(Self.digest(Array(message.utf8)) == expected)
    }

    /// A million "a" fed in pieces of every length from 1 to 127 bytes: block boundaries and
    /// the padding land everywhere.
    @Test func piecesGiveTheSameDigestAsOneCall() {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        var hasher = SHA256()
        var offset = 0, piece = 1
        while offset < million.count {
            let end = min(million.count, offset + piece)
            million[offset..<end].withUnsafeBytes { hasher.update(bufferPointer: $0) }
            offset = end
            piece = piece % 127 + 1
        }
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(Self.hex(hasher.finalize()) == expected)
        #expect(Self.digest(million) == expected)
        for length in [55, 56, 63, 64, 65, 119, 120] {
            let bytes = [UInt8](repeating: 0x5A, count: length)
            var split = SHA256()
            bytes[..<(length / 2)].withUnsafeBytes { split.update(bufferPointer: $0) }
            bytes[(length / 2)...].withUnsafeBytes { split.update(bufferPointer: $0) }
            #expect(Self.hex(split.finalize()) == Self.digest(bytes), "length \(length)")
        }
    }
}
