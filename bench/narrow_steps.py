"""What the steps of the one-shot narrow-edit path cost on a built site (issue 16; bench/RESULTS.md, sessions
21-22): the parts built so far, timed on their own, after bench/run.py's summary edit.

    python bench/narrow_steps.py CONTENT SITE [ROUNDS]

CONTENT (as spelled to the build, from the same folder) was built into SITE by `digest build` with this code (its file cache beside SITE, `.cache/`). Each
round (default 3) edits the summary of the middle file (run.edit_one_file), times in this process (CPU,
`time.process_time`): the stats entry read, `narrowedit.narrow_edits` (which fields changed: the changed
file parsed, its old reading and body read by key from the pack), the pack's keys read alone, the page
records read whole (`recordstore.load_records`: what the present path reads) and the readers of the edited
initiative's fields found in them (`incremental.entry_readers`), pickled and read back; then restores the
file. Prints one JSON line per round. Builds nothing and writes nothing but the edit it undoes.
"""

from __future__ import annotations

import gc
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import edit_one_file


def _timed(results: dict, name: str, make, *args):  # type: ignore[no-untyped-def]
    began = time.process_time()
    value = make(*args)
    results[name] = round(time.process_time() - began, 4)
    return value


SHOWN_BY_SUMMARY = {"item.summary", "item", "lead"}  # an Entry's fields a summary edit changes


def _pieces(records, pages, stats, content, cache, keys) -> str:  # type: ignore[no-untyped-def]
    """Step 3's lazy entries: what the Entries read by `pages` are made of, read by key from the pack (the
    Initiative by content hash, the rendered body by body hash, the derived parts by content hash), each
    chunk unpickled once; "<Entries> entries, <chunks> of <all chunks> chunks". (The bench corpus names each
    file after its slug.)"""
    from builder.content import cachepack
    from builder.render.bodycache import body_key

    pack = cache / cachepack.NAME
    slugs = {
        key.partition("|")[0]
        for job in pages
        for field, key in records[job][1]
        if field == "entries" and key.partition("|")[2]
    }
    digests = [stats[str(content / f"{slug}.md")][1] for slug in sorted(slugs)]
    chunks: dict[int, dict] = {}

    def entry(key: tuple[str, str]) -> object:
        offset = keys[key]
        if offset not in chunks:
            with open(pack, "rb") as handle:
                handle.seek(offset)
                chunks[offset] = dict(pickle.load(handle))
        return chunks[offset][key]

    for digest in digests:
        entry(("files", digest))
        entry(("derived", digest))
    for digest in digests:
        entry(("bodies", body_key(entry(("files", digest)).initiative.body)))
    return f"{len(slugs)} entries, {len(chunks)} of {len(set(keys.values()))} chunks"


def main(argv: list[str]) -> int:
    from builder.content import cachedreads, cachepack, filecache
    from builder.content.narrowedit import narrow_edits
    from builder.render import incremental, recordstore
    from builder.util import buildstamp

    gc.disable()  # as a one-shot build runs (builder.commands.buildinputs.collector_paused)
    content, site = Path(argv[0]), Path(argv[1]).resolve()  # CONTENT as given to the build (the stats' paths)
    rounds = int(argv[2]) if len(argv) > 2 else 3
    cache = next((site.parent / ".cache").glob(f"digest-{site.name}-files-*"))
    build = buildstamp.last_build(site)[0]
    for round_ in range(rounds):
        target, original = edit_one_file(content, round_)
        result: dict = {"round": round_}
        try:
            stats = _timed(result, "stats entry", filecache.load_entry, cache, "stats", cachedreads.STATS)
            edits = _timed(result, "narrow_edits", narrow_edits, content, cache, stats)
            result["narrow"] = None if edits is None else [sorted(e.fields) for e in edits]
            keys = _timed(result, "pack keys", cachepack.read_keys, cache / cachepack.NAME)
            result["pack entries"] = len(keys)
            path = buildstamp.records_path(site)
            records = _timed(result, "records read whole", recordstore.load_records, path, build or "")
            if records is not None:
                readers = _timed(result, "entry_readers", incremental.entry_readers, records)
                data = _timed(result, "readers pickled", pickle.dumps, readers, pickle.HIGHEST_PROTOCOL)
                result["readers bytes"] = len(data)
                _timed(result, "readers read back", pickle.loads, data)
                pages = readers.get(target.stem, {})
                result["pages reading the edited"] = len(pages)
                pages = {job: f for job, f in pages.items() if SHOWN_BY_SUMMARY.intersection(f)}
                result["of them its summary"] = len(pages)
                shown = _timed(
                    result,
                    "their entries' pieces by key",
                    _pieces,
                    records,
                    pages,
                    stats,
                    content,
                    cache,
                    keys,
                )
                result["entries they read"] = shown
        finally:
            target.write_bytes(original)
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
