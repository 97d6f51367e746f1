"""The serve-edit measure of bench/run.py (issue 16): how long `digest serve` takes to show one edit.

    python bench/serve_edit.py CONTENT SITE [EDITS]

In one process, as `digest serve` does (builder.commands.serve.default_build, the BuildSession it keeps):
build CONTENT into SITE, then EDITS times (default 3) change one initiative's summary (run.edit_one_file),
time the rebuild (told the edited file, as the dev server's watcher tells it) and check that the edited
page shows the change; the file is restored at the end. Between
two edits, untimed, the garbage of the rebuild is collected as the dev server does once idle
(builder.commands.serve.tidy: the garbage collected, the spare folder readied; an editor's next save comes
seconds later). Prints
one JSON line: {"build": seconds, "edits": [{"wall": s, "cpu": s, "shown": bool}, …]}. Exit 1 when a build
fails.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import EDIT_MARK, _find_in_site, edit_one_file


def main(argv: list[str]) -> int:
    from builder.commands.serve import default_build, tidy

    content, site = Path(argv[0]), Path(argv[1])
    rounds = int(argv[2]) if len(argv) > 2 else 3
    started = time.perf_counter()
    default_build(content, site)
    result: dict = {"build": time.perf_counter() - started, "edits": []}
    for round_ in range(rounds):
        tidy()  # the server's idle time after the last build
        target, original = edit_one_file(content, round_)
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            default_build(content, site, changed=[target])  # as the dev server's watcher tells it
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            shown = EDIT_MARK in _find_in_site(site, target.stem)
            result["edits"].append({"wall": wall, "cpu": cpu, "shown": shown})
        finally:
            target.write_bytes(original)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
