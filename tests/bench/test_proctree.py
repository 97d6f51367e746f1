"""bench/run.py's CPU counts the work of descendants the measured command never waited for.

Our ingest and big builds fork their workers from a multiprocessing forkserver; the command does not wait for
the forkserver, so wait4 on the command alone left the workers' CPU out (a 1 000-page ingest was reported as
5 s of CPU). The bench adopts such orphans (a child subreaper) and reaps them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.support.repo import ROOT

# A command that starts a child burning ~0.5 s of CPU and exits at once without waiting for it.
LEAVES_WORK_BEHIND = (
    "import subprocess, sys\n"
    "subprocess.Popen([sys.executable, '-c', 'x = 0\\nfor i in range(6_000_000): x += i'])\n"
)

MEASURE = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import run
child = sys.argv[2]
timed = run.measure([sys.executable, '-c', child], timeout=120, log=Path(sys.argv[3]))
alone = run.measure([sys.executable, '-c', 'x = 0\\nfor i in range(6_000_000): x += i'], timeout=120,
                    log=Path(sys.argv[3]))
print(json.dumps({'cpu': timed.cpu, 'alone': alone.cpu, 'rc': timed.returncode}))
"""


def test_cpu_of_an_orphaned_worker_is_counted(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, str(ROOT / "bench"), LEAVES_WORK_BEHIND, str(tmp_path / "log")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["rc"] == 0
    # the orphan's loop is most of the work: the whole is at least ~the loop alone, whatever the machine's speed
    assert got["cpu"] >= 0.8 * got["alone"], got
