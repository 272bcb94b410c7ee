import Foundation
import Testing
@testable import ExpedienteKit

/// How a picture signature is kept in the result store: one Base64 string, while the JSON
/// arrays of earlier stores still decode to the same signature.
@Suite struct PictureSignatureCodingTests {
    static let signature = PictureSignature(GrayImage(width: 128, height: 96, pixels: ImagingFixtures.randomBytes(count: 128 * 96, seed: 9)))!

    @Test func storedAsOneStringAndReadBack() throws {
        let data = try JSONEncoder().encode(Self.signature)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let text = try #require(object["cells"] as? String)
        #expect(Data(base64Encoded: text).map([UInt8].init) == Self.signature.cells)
        #expect(try JSONDecoder().decode(PictureSignature.self, from: data) == Self.signature)
    }

    @Test func earlierStoresArraysStillDecode() throws {
        let array = try JSONSerialization.data(withJSONObject: ["cells": Self.signature.cells.map(Int.init)])
        #expect(try JSONDecoder().decode(PictureSignature.self, from: array) == Self.signature)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PictureSignature.self, from: Data(#"{"cells":"no es base64!"}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PictureSignature.self, from: Data(#"{"cells":7}"#.utf8)) }
    }
}
