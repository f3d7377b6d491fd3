"""Running one measured process: wall clock, CPU time and peak memory from outside.

``os.wait4`` gives the child's own resource usage (CPU seconds, peak RSS), so
a figure never mixes in the runner or another run.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Run:
    cmd: list[str]
    launched: float  # time.monotonic() just before the process started
    wall: float  # seconds from launch to exit
    cpu: float  # user + system seconds of the child
    rss_kib: int  # peak resident set size of the child
    code: int
    stdout: str
    stderr: str
    probe: dict = field(default_factory=dict)  # the probe's "BENCH {...}" line, if any

    def since_launch(self, key: str) -> float | None:
        """A probe's monotonic stamp as seconds since launch."""
        value = self.probe.get(key)
        return None if value is None else value - self.launched

    def check(self) -> Run:
        if self.code != 0:
            raise RuntimeError(f"{' '.join(self.cmd)} exited {self.code}:\n{self.stderr[-2000:]}")
        return self


def run(
    cmd: list, env: dict[str, str] | None = None, cwd: Path | None = None, keep_stdout: bool = True
) -> Run:
    cmd = [str(c) for c in cmd]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        launched = time.monotonic()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=cwd
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        ended = time.monotonic()
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace") if keep_stdout else ""
        stderr = err.read().decode("utf-8", "replace")
    probe = {}
    for line in stdout.splitlines():
        if line.startswith("BENCH "):
            probe = json.loads(line[6:])
    return Run(
        cmd=cmd,
        launched=launched,
        wall=ended - launched,
        cpu=usage.ru_utime + usage.ru_stime,
        rss_kib=usage.ru_maxrss,
        code=proc.returncode,
        stdout=stdout,
        stderr=stderr,
        probe=probe,
    )
