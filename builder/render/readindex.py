"""digest serve's index of the page records' reads (builder.render.incremental), kept in memory with them
between rebuilds, never saved: which pages made each read, and every read hashed, grouped by initiative.

With it, a rebuild after an edit looks only at what the edit can have changed:

- the reads to hash again (`Digests.changed_reads`) are those of the initiatives whose item changed and the
  reads that are not of one initiative (a theme's list, a region, the keys of `entries` …), not the twenty
  of each of 10 000 unchanged initiatives (their digests are carried over whole);
- the pages that may have changed (`Tracker.kept_path`) are the readers of the changed reads, not every page
  tested against them (the pages of a big site made 4.2 million reads at N=10 000).

The index may hold more than the records do (a read no page makes any more, a page that read it once):
that costs a look, never a wrong answer, as each page found is still tested against its own reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from builder.render.recording import SEP, Read

Job = tuple[str, str]


class ReadIndex:
    """The reads of the page records of one build and of the builds before it in the same process."""

    def __init__(self) -> None:
        self.readers: dict[Read, list[Job]] = {}  # read -> the pages that made it
        self.of_entry: dict[str, list[Read]] = {}  # slug -> the reads "<slug>|<path>" of `entries`
        self.others: dict[str, list[Read]] = {}  # every other read, by field
        self._known: set[Read] = set()

    @classmethod
    def of(
        cls, records: Mapping[Job, tuple[str, tuple[Read, ...], str]], digests: Iterable[Read]
    ) -> ReadIndex:
        """The index of `records` (job -> (path, reads, digest)) and of the reads `digests` hashed."""
        index = cls()
        for job, (_path, reads, _digest) in records.items():
            index.add_page(job, reads)
        index.add_reads(digests)
        return index

    def add_reads(self, reads: Iterable[Read]) -> None:
        """Reads hashed in a build (each is looked at again by the next one, unless its initiative is the same)."""
        known = self._known
        for read in reads:
            if read in known:
                continue
            known.add(read)
            field, key = read
            if field == "entries" and SEP in key:
                self.of_entry.setdefault(key.partition(SEP)[0], []).append(read)
            else:
                self.others.setdefault(field, []).append(read)

    def add_page(self, job: Job, reads: tuple[Read, ...], before: tuple[Read, ...] = ()) -> None:
        """The page `job` made `reads` (`before`: its reads of the last build, already indexed)."""
        skip = set(before)
        readers = self.readers
        for read in reads:
            if read in skip:
                continue
            pages = readers.get(read)
            if pages is None:
                readers[read] = [job]
            elif pages[-1] != job:
                pages.append(job)
        self.add_reads(r for r in reads if r not in skip)

    def suspects(self, unchanged: set[str], kept: Iterable[str] = ()) -> list[Read]:
        """The reads to hash again: every read not of one initiative, but those of the fields `kept` (the
        same values as the last build's), and those of the initiatives not in `unchanged`."""
        skip = set(kept)
        found = [read for field, reads in self.others.items() if field not in skip for read in reads]
        for slug in self.of_entry.keys() - unchanged:
            found += self.of_entry[slug]
        return found

    def readers_of(self, changed: Iterable[Read]) -> set[Job]:
        """The pages that made any of the reads `changed`."""
        found: set[Job] = set()
        readers = self.readers
        for read in changed:
            found.update(readers.get(read, ()))
        return found
