"""Run a command once and measure its wall time and peak memory."""

import os
import resource
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass

# How often the memory of the whole process tree is sampled, in seconds.
SAMPLE_INTERVAL = 0.05
# GNU time reports the peak resident set of the command it runs. wait4 reports it too, but for a child
# forked from this Python process it counts the fork's copy of Python (about 15 MiB) before exec.
GNU_TIME = "/usr/bin/time"
# The address-space limit of every process a measured command starts, in bytes; None for no limit.
# trufflehog3 3.0.10 keeps a whole history in memory and exhausted a 24 GiB machine on ipython,
# so compare.py sets one (--memory-limit) to fail that run instead of the machine.
memory_limit_bytes = None


def set_memory_limit(mebibytes):
    global memory_limit_bytes
    memory_limit_bytes = mebibytes * 1024 * 1024 if mebibytes else None


def limit_memory():
    """Apply the memory limit in the child before exec; children of the command inherit it."""
    if memory_limit_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit_bytes, memory_limit_bytes))


@dataclass
class Measurement:
    wall_seconds: float
    # ru_maxrss: the peak resident set of the largest single process in the tree, in KiB.
    max_rss_kib: int
    # The largest sum of the proportional set sizes (PSS) of every process in the tree, sampled every
    # SAMPLE_INTERVAL seconds, in KiB. PSS splits a page shared by n processes into n parts, so pages
    # that forked workers share are counted once, as a plain sum of resident sets would not. Sampling
    # can miss a short peak, so it can be below max_rss_kib.
    tree_pss_kib: int
    exit_status: int
    timed_out: bool


class TreeMemorySampler(threading.Thread):
    """Samples the summed proportional set size of every process in one process group."""

    def __init__(self, group):
        super().__init__(daemon=True)
        self.group = group
        self.peak_kib = 0
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(SAMPLE_INTERVAL):
            self.peak_kib = max(self.peak_kib, self.group_pss_kib())

    def group_pss_kib(self):
        total_kib = 0
        for name in os.listdir("/proc"):
            if name.isdigit() and process_group(name) == self.group:
                total_kib += proportional_set_kib(name)
        return total_kib


def process_group(pid):
    """Return the process group of `pid`, or None when the process is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            # After the command name, in brackets that may contain spaces: state, ppid, pgrp.
            return int(handle.read().rsplit(")", 1)[1].split()[2])
    except (OSError, IndexError, ValueError):
        return None


def proportional_set_kib(pid):
    """Return the PSS of `pid` in KiB from /proc/PID/smaps_rollup (Linux 4.14 and later), or 0."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


def run_measured(command, cwd=None, env=None, stdout_path=None, stderr_path=None, timeout=None):
    """Run `command` to completion, or kill its whole process group after `timeout` seconds.

    Standard output and standard error go to the files named, or to /dev/null.
    """
    stdout = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    stderr = open(stderr_path, "wb") if stderr_path else subprocess.DEVNULL
    memory_file = None
    if os.access(GNU_TIME, os.X_OK):
        descriptor, memory_file = tempfile.mkstemp(prefix="secrets-compare-rss-")
        os.close(descriptor)
        command = [GNU_TIME, "--quiet", "--format", "%M", "--output", memory_file, *command]
    try:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, start_new_session=True,
            preexec_fn=limit_memory)
        sampler = TreeMemorySampler(process.pid)
        sampler.start()
        timed_out = threading.Event()

        def kill_group():
            timed_out.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill_group) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        if timer:
            timer.cancel()
        sampler.stopped.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        # Whatever the command left running in its group is ended with it.
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    finally:
        for handle in (stdout, stderr):
            if handle is not subprocess.DEVNULL:
                handle.close()
    max_rss_kib = usage.ru_maxrss
    if memory_file:
        max_rss_kib = read_gnu_time_rss(memory_file, fallback=max_rss_kib)
    return Measurement(
        wall_seconds=wall, max_rss_kib=max_rss_kib, tree_pss_kib=sampler.peak_kib,
        exit_status=process.returncode, timed_out=timed_out.is_set())


def read_gnu_time_rss(path, fallback):
    """Return the KiB that GNU time wrote to `path`, or `fallback` when it wrote none (a killed run)."""
    try:
        with open(path, encoding="ascii") as handle:
            lines = handle.read().split()
        return int(lines[-1]) if lines else fallback
    except (OSError, ValueError):
        return fallback
    finally:
        os.unlink(path)
