import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for tests: plain POSIX sockets, one thread.
///
/// Each connection carries one request with a `Content-Length` body and gets one response with
/// `Connection: close`. The handler runs on the server's thread. A response with a delay is parked
/// and sent when it is due while the thread goes on accepting, so a slow response does not hold up
/// the next request. The server listens on the loopback address only.
public final class LoopbackHTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (RecordedRequest) -> CannedResponse

    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    // Guarded by `lock`.
    private var stopping = false

    /// The largest request the server reads, which no test comes near.
    private static let maximumRequestSize = 1 << 20

    public init(handler: @escaping Handler) throws {
        self.handler = handler
        (listener, port) = try Self.openListener()
        let thread = Thread { [self] in
            serve()
            finished.signal()
        }
        thread.name = "LoopbackHTTPServer"
        thread.start()
    }

    deinit {
        stop()
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Stops accepting, drops parked responses and waits for the server's thread to end.
    public func stop() {
        let alreadyStopped = lock.withLock {
            let was = stopping
            stopping = true
            return was
        }
        guard !alreadyStopped else {
            return
        }
        finished.wait()
        close(listener)
    }

    // MARK: - Serving

    private struct ParkedResponse {
        let socket: Int32
        let bytes: [UInt8]
        let due: ContinuousClock.Instant
    }

    private func serve() {
        var parked: [ParkedResponse] = []
        while !lock.withLock({ stopping }) {
            let now = ContinuousClock.now
            let due = parked.filter { $0.due <= now }
            parked.removeAll { $0.due <= now }
            for parkedResponse in due {
                Self.write(parkedResponse.bytes, to: parkedResponse.socket)
            }

            // Wake at least every 20 ms to notice stop(), sooner when a parked response is due.
            var waitMilliseconds: Int32 = 20
            if let next = parked.map(\.due).min() {
                let remaining = now.duration(to: next).components
                let milliseconds = remaining.seconds * 1000 + remaining.attoseconds / 1_000_000_000_000_000
                waitMilliseconds = Int32(clamping: max(0, min(Int64(waitMilliseconds), milliseconds)))
            }
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, waitMilliseconds) > 0 else {
                continue
            }
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                continue
            }
            Self.setReceiveTimeout(client, seconds: 2)
            guard let request = Self.readRequest(from: client) else {
                close(client)
                continue
            }
            let response = handler(request)
            let bytes = Self.encode(response)
            if response.delay > .zero {
                parked.append(ParkedResponse(socket: client, bytes: bytes, due: .now + response.delay))
            } else {
                Self.write(bytes, to: client)
            }
        }
        for parkedResponse in parked {
            close(parkedResponse.socket)
        }
    }

    // MARK: - Sockets

    private struct SocketError: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    private static func openListener() throws -> (Int32, UInt16) {
        #if canImport(Glibc)
        let socketType = Int32(SOCK_STREAM.rawValue)
        #else
        let socketType = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, socketType, 0)
        guard descriptor >= 0 else {
            throw SocketError(call: "socket", code: errno)
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, size) }
        }
        guard bound == 0, listen(descriptor, 64) == 0 else {
            let code = errno
            close(descriptor)
            throw SocketError(call: "bind/listen", code: code)
        }
        var boundAddress = sockaddr_in()
        var boundSize = size
        _ = withUnsafeMutablePointer(to: &boundAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &boundSize) }
        }
        return (descriptor, UInt16(bigEndian: boundAddress.sin_port))
    }

    private static func setReceiveTimeout(_ socket: Int32, seconds: Int) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        _ = setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var one: Int32 = 1
        _ = setsockopt(socket, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// Reads the head up to the blank line, then exactly `Content-Length` bytes of body.
    private static func readRequest(from socket: Int32) -> RecordedRequest? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var headEnd: Int?
        var expectedTotal: Int?
        while data.count < maximumRequestSize {
            if let expectedTotal, data.count >= expectedTotal {
                break
            }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else {
                return nil
            }
            data += buffer[0..<count]
            if headEnd == nil, let end = HTTPMessageParser.headEnd(in: data) {
                headEnd = end
                expectedTotal = end + HTTPMessageParser.contentLength(head: Array(data[0..<end]))
            }
        }
        guard let headEnd else {
            return nil
        }
        return HTTPMessageParser.request(head: Array(data[0..<headEnd]), body: Data(data[headEnd...]))
    }

    private static func encode(_ response: CannedResponse) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(HTTPMessageParser.reasonPhrase(response.status))\r\n"
        for header in response.headers {
            head += "\(header.name): \(header.value)\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + Array(response.body)
    }

    /// Writes everything it can and closes; a client that gave up already makes the write fail, which is fine.
    private static func write(_ bytes: [UInt8], to socket: Int32) {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, flags) }
            guard written > 0 else {
                break
            }
            offset += written
        }
        shutdown(socket, Int32(SHUT_WR))
        close(socket)
    }
}
