import Testing

@testable import VixenChecks

@Suite struct DockerfileEnvSourceTests {
    @Test func argumentsAndUndeclaredReferences() {
        let text = """
            ARG PYTHON_VERSION=3.12
            FROM python:${PYTHON_VERSION}
            ARG TARGETARCH
            ARG VITE_API_URL=
            ENV PYTHONUNBUFFERED=1 API_URL=${VITE_API_URL}
            ENV RELEASE=${GIT_SHA:-dev}
            RUN echo $NOT_READ_IN_RUN
            """
        #expect(envReads("Dockerfile", text) == ["PYTHON_VERSION@1", "VITE_API_URL@4", "GIT_SHA@6"])
    }

    @Test func namedDockerfilesAreRead() {
        #expect(envReads("docker/api.Dockerfile", "FROM x\nARG TOKEN_NAME\n") == ["TOKEN_NAME@2"])
        #expect(envReads("Dockerfile.prod", "FROM x\nARG STAGE\n") == ["STAGE@2"])
    }
}

@Suite struct ComposeEnvSourceTests {
    @Test func everyInterpolationForm() throws {
        let text = """
            services:
              api:
                image: "app:${TAG:-latest}"
                environment:
                  - DATABASE_URL=$DATABASE_URL
                  - SECRET=${SECRET_KEY:?set SECRET_KEY}
                  - OPTIONAL=${OPTIONAL?}
                  - LITERAL=$$NOT_A_READ and $${ALSO_NOT}
                  - NESTED=${OUTER:-${INNER}}
                # command: ${COMMENTED}
            """
        #expect(
            envReads("compose.yml", text) == [
                "TAG@3", "DATABASE_URL@5", "SECRET_KEY@6", "OPTIONAL@7", "OUTER@9", "INNER@9",
            ])
        let reads = EnvSources.reads(path: "compose.yml", bytes: Array(text.utf8)).reads
        #expect(reads.filter(\.isRequired).map(\.name) == ["SECRET_KEY", "OPTIONAL"])
    }

    @Test func hashInsideQuotesIsNotComment() {
        let text = """
            services:
              api:
                command: "run --tag #1 ${AFTER_DOUBLE}"
                labels: ['a #b', "${AFTER_SINGLE}"]
                healthcheck: 'curl "#" ${IN_SINGLE}' # ${COMMENTED}
                entrypoint: "say \\"#\\" ${AFTER_ESCAPE}"
            """
        #expect(envReads("compose.yml", text) == ["AFTER_DOUBLE@3", "AFTER_SINGLE@4", "IN_SINGLE@5", "AFTER_ESCAPE@6"])
    }

    @Test func composeFileNames() {
        let source = ComposeEnvSource()
        #expect(source.handles("compose.yaml"))
        #expect(source.handles("deploy/docker-compose.prod.yml"))
        #expect(source.handles("compose.override.yml"))
        #expect(!source.handles("config.yml"))
        #expect(!source.handles("compose.json"))
    }
}

@Suite struct ShellEnvSourceTests {
    @Test func requiredReadsInDeployFolders() {
        let text =
            "#!/bin/sh\nset -eu\nhost=\"${DEPLOY_HOST:?missing}\"\necho $LOCAL ${DEFAULTED:-x}\n"
            + "echo '${QUOTED:?x}' \\${ESCAPED:?x}\n: \"${TOKEN?}\"\n"
        #expect(envReads("deploy/release.sh", text) == ["DEPLOY_HOST@3", "TOKEN@6"])
        #expect(envReads(".github/scripts/ship.bash", text) == ["DEPLOY_HOST@3", "TOKEN@6"])
    }

    @Test func hashInsideQuotesIsNotComment() {
        let text = "echo \"tag #1 ${FIRST:?}\" 'x # ${LITERAL:?}' ${SECOND:?} # ${COMMENTED:?}\n"
        #expect(envReads("deploy/run.sh", text) == ["FIRST@1", "SECOND@1"])
    }

    @Test func scriptsOutsideDeployFoldersAreSkipped() {
        #expect(envReads("backend/scripts/start.sh", "echo ${X:?}\n") == [])
        #expect(envReads("deploy/notes.txt", "${X:?}\n") == [])
    }
}
