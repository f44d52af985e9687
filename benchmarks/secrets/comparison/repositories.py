"""Copies of the measured repositories, made in the work folder so the sources are only read."""

import io
import os
import shutil
import subprocess
import tarfile

from comparison.runs import log

# Commits made here carry a fixed identity and date, so they do not depend on the user's git setup.
GIT_ENVIRONMENT = {
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_TERMINAL_PROMPT": "0",
    "GIT_AUTHOR_NAME": "Secrets Benchmark", "GIT_AUTHOR_EMAIL": "benchmark@vixen-gate.invalid",
    "GIT_COMMITTER_NAME": "Secrets Benchmark", "GIT_COMMITTER_EMAIL": "benchmark@vixen-gate.invalid",
    "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z",
}


def git(*arguments, cwd=None):
    """Run git and return its standard output; a failure stops the benchmark with git's message."""
    completed = subprocess.run(
        ["git", *arguments], cwd=cwd, env=dict(os.environ, **GIT_ENVIRONMENT), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"compare: error: git {' '.join(arguments)} failed: {completed.stderr.strip()}")
    return completed.stdout.strip()


def mirror_clone(source, destination):
    """Clone every ref of `source` into a bare repository at `destination`, without a remote.

    --no-local copies the objects through git's transport, so nothing is shared with the source.
    Removing the remote keeps trufflehog3 from fetching: with a remote it fetches before it scans.
    """
    if os.path.isdir(destination):
        log(f"reusing the clone {destination}")
        return destination
    log(f"cloning {source} into {destination}")
    partial = destination + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    git("clone", "--quiet", "--mirror", "--no-local", source, partial)
    git("remote", "remove", "origin", cwd=partial)
    os.rename(partial, destination)
    return destination


def export_tree(repository, revision, destination):
    """Write the files of `revision` to `destination`, with no .git folder, as `git archive` gives them."""
    shutil.rmtree(destination, ignore_errors=True)
    os.makedirs(destination)
    archive = subprocess.run(
        ["git", "-C", repository, "archive", "--format=tar", revision], stdin=subprocess.DEVNULL,
        capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"compare: error: git archive {revision} in {repository} failed: "
                         f"{archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        # The "data" filter exists from Python 3.11.4 on; git archive writes no absolute or escaping paths.
        if hasattr(tarfile, "data_filter"):
            tar.extractall(destination, filter="data")
        else:
            tar.extractall(destination)
    return destination


def commit_tree(tree, destination):
    """Copy `tree` into a new repository whose second commit adds every file.

    `vixen-gate check --base HEAD~1 --head HEAD` then reads every line of every file as added,
    which is the closest the `check` command comes to scanning a folder.
    """
    shutil.rmtree(destination, ignore_errors=True)
    shutil.copytree(tree, destination, symlinks=True)
    git("-c", "init.defaultBranch=main", "init", "--quiet", cwd=destination)
    git("commit", "--quiet", "--allow-empty", "--message", "Start the scanned copy", cwd=destination)
    git("add", "--all", "--force", cwd=destination)
    git("commit", "--quiet", "--no-verify", "--message", "Add every file of the scanned tree", cwd=destination)
    return destination
