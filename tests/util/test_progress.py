"""builder.util.progress: one updating line on a terminal, nothing anywhere else."""

from __future__ import annotations

import io

from builder.util.progress import CLEAR, Progress, status_line


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_status_line_shows_count_rate_and_time_left() -> None:
    assert (
        status_line("rendering", 1200, 11000, 2.0, "pages")
        == "rendering 1,200/11,000 pages · 600/s · 16s left"
    )
    assert status_line("rendering", 0, 100, 0.0) == "rendering 0/100"
    assert status_line("loading content files", 0, None, 1.0) == "loading content files"
    assert status_line("reading", 3, 1000, 2.0) == "reading 3/1,000 · 1.5/s · 11m05s left"


def test_silent_when_not_a_terminal_or_quiet() -> None:
    for stream, quiet in ((io.StringIO(), False), (Terminal(), True)):
        progress = Progress.for_terminal(quiet, stream)
        with progress:
            for _ in progress.track(range(5), "rendering", 5):
                pass
        assert stream.getvalue() == ""


def test_one_line_on_a_terminal_cleared_at_the_end() -> None:
    stream = Terminal()
    with Progress.for_terminal(False, stream) as progress:
        assert list(progress.track(range(3), "rendering", 3, "pages")) == [0, 1, 2]
    shown = stream.getvalue()
    assert "\n" not in shown
    assert shown.startswith(CLEAR + "rendering 0/3 pages")
    assert "rendering 3/3 pages" in shown  # the last step is always drawn
    assert shown.endswith(CLEAR)
