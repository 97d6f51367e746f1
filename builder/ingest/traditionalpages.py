"""A page printed in traditional characters (a Hong Kong or Taiwan paper: `香港文匯報訊（記者…報道）`, `…記者… 攝`,
`內地新聞 A18`), or one with a traditional headline on a simplified page, read by the rules in the characters they are
written in: the page is segmented as `traditionalchars.simplified` reads it (one for one, so every line keeps its
length), and what segmentation yields (titles, bylines, bodies, captions, the masthead's fields) is written back in
the page's own characters: each character the reading changed goes back to the form the page prints most
(`traditionalchars.print_forms`, as extract/fields writes its quotes back), and one the page prints in several forms
(`縣` in a headline, `县` in the body) to the form printed in the same seven characters of context, or around it. A
page the reading does not change is read as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from builder.ingest.traditionalchars import print_forms, simplified

if TYPE_CHECKING:
    from builder.ingest.draft import Draft

_REACH = 3  # characters each side of one printed in several forms, to tell which form it was
_WINDOW = 20  # ... and when they do not tell, the characters each side found in the page
_SEARCHES = 200
_PRINTED_FIELDS = (
    "title",
    "body",
    "byline",
    "subtitle",
    "captions",
    "headings",
    "review",
    "lead",
    "page_meta",
    "dateline",
)


@dataclass
class TraditionalReading:
    """The page's simplified reading and the way back to its own characters."""

    simplified: str
    printed: str = ""  # the page without its whitespace (as printed)
    flat: str = ""  # ... and as read (the two aligned character for character)
    # each character the reading changed -> the form the page prints it in most (traditionalchars.print_forms)
    forms: dict[str, str] = field(default_factory=dict)
    # seven characters as read -> the middle one's form as printed (None: printed in several forms there)
    in_context: dict[str, str | None] = field(default_factory=dict)
    searches: int = _SEARCHES  # what is left of the page's budget of searches for a character's own context

    @classmethod
    def of(cls, text: str) -> TraditionalReading | None:
        """The reading of a page holding traditional characters; None for a page with none."""
        read = simplified(text)
        if read == text:
            return None
        printed = "".join(text.split())
        flat = "".join(read.split())  # (whitespace is never mapped: the two stay aligned)
        changed: dict[str, set[str]] = {}
        for own, plain in zip(printed, flat, strict=True):
            if own != plain:
                changed.setdefault(plain, set()).add(own)
        as_itself = set(printed)
        several = {plain for plain, owns in changed.items() if len(owns) > 1 or plain in as_itself}
        back = {chr(code): form for code, form in print_forms(text).items()}
        forms = {plain: back.get(plain, plain) for plain in changed}
        in_context: dict[str, str | None] = {}
        if several:
            for at, plain in enumerate(flat):
                if plain in several:
                    key = flat[max(0, at - _REACH) : at + _REACH + 1]
                    form = in_context.setdefault(key, printed[at])
                    if form is not None and form != printed[at]:
                        in_context[key] = None
        return cls(read, printed, flat, forms, in_context)

    def restore(self, text: str) -> str:
        """`text`, read in the page's simplified reading, in the page's own characters."""
        if not any(char in self.forms for char in text):
            return text
        flat = "".join(text.split())
        at = 0  # the position in `flat` of the character at hand
        out = []
        for char in text:
            if char.isspace():
                out.append(char)
                continue
            form = self.forms.get(char, char)
            if self.in_context and char in self.forms:
                form = self._form_in_context(flat, at) or form
            out.append(form)
            at += 1
        return "".join(out)

    def _form_in_context(self, flat: str, at: int) -> str | None:
        """The form the page printed the character at `at` of `flat` in: by its seven characters, or, where they
        say nothing sure (a string's edge, a context printed in both forms), by finding up to forty of them in
        the page (a budget of searches a page: on a page beyond it, the commonest form)."""
        form = self.in_context.get(flat[max(0, at - _REACH) : at + _REACH + 1])
        if form is not None or self.searches <= 0:
            return form
        self.searches -= 1
        start = max(0, at - _WINDOW)
        found = self.flat.find(flat[start : at + _WINDOW + 1])
        return self.printed[found + at - start] if found >= 0 else None

    def restore_value(self, value: Any) -> Any:
        """A string, or the strings in a list, tuple or dict, restored."""
        if isinstance(value, str):
            return self.restore(value)
        if isinstance(value, list | tuple):
            return type(value)(self.restore_value(item) for item in value)
        if isinstance(value, dict):
            return {key: self.restore_value(item) for key, item in value.items()}
        return value

    def restore_draft(self, draft: Draft) -> None:
        """The draft's printed fields in the page's own characters."""
        for name in _PRINTED_FIELDS:
            setattr(draft, name, self.restore_value(getattr(draft, name)))
