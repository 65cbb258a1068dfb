import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts text to CP932 (Windows Shift_JIS) through the C library's iconv, refusing characters
/// CP932 cannot hold instead of replacing them.
final class CP932Encoder {
    private let converter: iconv_t

    /// A character CP932 cannot hold.
    struct Unencodable: Error {
        let character: Character
    }

    init() throws(CSVEncodingError) {
        guard let converter = iconv_open("CP932", "UTF-8"), Int(bitPattern: converter) != -1 else {
            throw CSVEncodingError.unavailable
        }
        self.converter = converter
    }

    deinit { iconv_close(converter) }

    /// The CP932 bytes of `text`.
    func encode(_ text: String) throws(Unencodable) -> [UInt8] {
        if let bytes = convert(text) { return bytes }
        for character in text where convert(String(character)) == nil {
            throw Unencodable(character: character)
        }
        throw Unencodable(character: text.first ?? " ")
    }

    private func convert(_ text: String) -> [UInt8]? {
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 8)
        var inputLeft = input.count
        var outputLeft = output.count
        let converted = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                return iconv(converter, &inPointer, &inputLeft, &outPointer, &outputLeft)
            }
        }
        guard converted != -1, inputLeft == 0 else { return nil }
        return output[..<(output.count - outputLeft)].map { UInt8(bitPattern: $0) }
    }
}

/// The C library offers no CP932 converter.
enum CSVEncodingError: Error {
    case unavailable
}
