import FuzzSupport
import VixenSyntax

/// Parses the input as a Dockerfile, then reads every stage the way the container checks do.
///
/// Beyond not crashing or hanging, instructions must come in file order, each within the
/// input's lines, and every stage's parent must be an earlier stage, because the checks follow
/// those links to find the final image's user and health check.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDockerfile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInputBytes(data, size)
    let dockerfile = Dockerfile(bytes: bytes)
    let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count

    var previousLast = 0
    for instruction in dockerfile.instructions {
        precondition(instruction.line > previousLast, "instruction at line \(instruction.line) is out of order")
        precondition(instruction.lastLine >= instruction.line && instruction.lastLine <= lineCount)
        previousLast = instruction.lastLine
        _ = instruction.flags
        _ = instruction.form
        _ = instruction.words
    }

    for stage in dockerfile.stages {
        if let parent = stage.parentStage {
            precondition(parent < stage.index, "stage \(stage.index) builds on a later stage \(parent)")
        }
        _ = stage.resolvedBaseImage.flatMap(DockerImageReference.init)
        for instruction in stage.instructions {
            _ = stage.variables(before: instruction.line, globalArguments: dockerfile.globalArguments)
        }
        precondition(dockerfile.lineage(of: stage).count <= stage.index + 1)
    }
    return 0
}

@main
enum DockerfileTargetMain {
    static func main() {
        FuzzDriver.run(fuzzDockerfile)
    }
}
