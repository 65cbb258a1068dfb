import CZlib

/// The files of a zip archive (an XLSX workbook), read through its central directory and inflated with zlib.
public enum ZipArchive {
    /// Why an archive could not be read.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Every file of the archive by name.
    public static func files(in bytes: [UInt8]) throws(Failure) -> [String: [UInt8]] {
        guard let end = (0...max(0, bytes.count - 22)).reversed().first(where: { uint32(bytes, $0) == 0x0605_4B50 }) else {
            throw Failure(description: "no end of central directory")
        }
        let entryCount = Int(uint16(bytes, end + 10))
        var cursor = Int(uint32(bytes, end + 16))
        var files: [String: [UInt8]] = [:]
        for _ in 0..<entryCount {
            guard cursor + 46 <= bytes.count, uint32(bytes, cursor) == 0x0201_4B50 else { throw Failure(description: "bad central directory") }
            let method = uint16(bytes, cursor + 10)
            let packedSize = Int(uint32(bytes, cursor + 20))
            let size = Int(uint32(bytes, cursor + 24))
            let nameLength = Int(uint16(bytes, cursor + 28))
            let skipped = Int(uint16(bytes, cursor + 30)) + Int(uint16(bytes, cursor + 32))
            let local = Int(uint32(bytes, cursor + 42))
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            cursor += 46 + nameLength + skipped
            guard local + 30 <= bytes.count else { throw Failure(description: "bad local header of \(name)") }
            let start = local + 30 + Int(uint16(bytes, local + 26)) + Int(uint16(bytes, local + 28))
            guard start + packedSize <= bytes.count else { throw Failure(description: "\(name) runs past the end") }
            let packed = Array(bytes[start..<(start + packedSize)])
            switch method {
            case 0: files[name] = packed
            case 8: files[name] = try inflate(packed, size: size, name: name)
            default: throw Failure(description: "\(name) uses compression method \(method)")
            }
        }
        return files
    }

    private static func inflate(_ packed: [UInt8], size: Int, name: String) throws(Failure) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: max(size, 1))
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, CInt(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "zlib cannot start")
        }
        defer { inflateEnd(&stream) }
        var input = packed
        let status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { throw Failure(description: "\(name) does not inflate") }
        return Array(output.prefix(size))
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        at + 2 <= bytes.count ? UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 : 0
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        at + 4 <= bytes.count ? UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16 : 0
    }
}
