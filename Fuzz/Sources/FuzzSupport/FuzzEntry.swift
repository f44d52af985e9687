/// A fuzz target's entry point, with the signature of libFuzzer's `LLVMFuzzerTestOneInput`.
///
/// It receives one input and returns 0, which keeps the input eligible for the corpus (-1
/// would reject it). A target reports a bug by crashing, not through its return value.
public typealias FuzzEntry = @convention(c) (_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32

/// Copies the input that libFuzzer passes into an array; `data` may be nil when `size` is 0.
public func fuzzInputBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}
