"""A contributor's submission saved as text, most often an e-mail to the editors: what the mail and the writer put
around the article, never its headline, byline or text.

- The mail's header block (`发件人：… <…@…>`, `发送时间：…`, `收件人：…`, `主题：【投稿】…`, `附件：…`, or `From:`,
  `Sent:`, `To:`, `Subject:`; a forwarded mail's `-----原始邮件-----` line over its own): two or more header lines in
  a row, one naming the sender and one the recipient or the subject. Read as lines, the block (its subject
  repeating the headline) became a spurious article holding the headline.
- The note to the editors under it (`编辑老师：` / `　　您好！附件是我县…请审阅。`): a salutation alone on its line,
  then its lines up to the next blank line.
- The mail's signature: a `--` line (the mail's signature delimiter) and the short lines under it, none ending a
  sentence, to the page's end (`程晓雯` / `中共某某县委组织部信息科` / `地址：…`).

These lines become blank lines (a pass of workers.process_page before the lines are read). The writer's contact
line (`联系人：某某　电话：0793-…　手机：139…`: two contact fields or more, no sentence) is furniture wherever it
stands (is_contact_line, asked by furniture.is_furniture_line). The page's own hotline or mailbox for readers
(CONTACT: `□本版投稿邮箱：…`), which furniture, gluedfooter and reprintsources read, is defined here with it.
"""

from __future__ import annotations

import re

from builder.ingest.ornaments import CONTACT_MARKS

# The paper's (or the page's) hotline or mailbox for readers (`热线：0412-5551234`, `投稿邮箱：jczl@example.org`,
# `本版投稿邮箱：…`), maybe after an ornament (`□本版投稿邮箱：…`) and before the page number after a gap
# (`本版邮箱：…　　　3`).
CONTACT = (
    f"(?:[{CONTACT_MARKS}]\\s*)?"
    r"(?:(?:本版|本报|本期)?(?:新闻|报料|投稿|服务|读者|监督|联系|订阅|发行|广告)?(?:热线|电话)[:：]\s*[\d\-－—()（） ]{7,20}"
    r"|(?:本版|本报)?(?:投稿|联系|读者)?(?:邮箱|信箱)[:：]\s*[\w.\-]+@[\w.\-]+)"
    r"(?:[ \u3000]{2,}\d{1,3})?"
)
_HEADER = re.compile(
    r"^[ \u3000]*(发件人|寄件人|发送时间|发件时间|时间|日期|收件人|抄送|密送|主题|附件"
    r"|From|Sent|Date|To|Cc|Bcc|Subject|Attachments?)[ \u3000]*[:：]",
    re.IGNORECASE,
)
_SENDER = {"发件人", "寄件人", "from"}
_RECIPIENT_OR_SUBJECT = {"收件人", "主题", "to", "subject"}
_FORWARDED = re.compile(
    r"^[ \u3000]*-{2,}[ \u3000]*(?:原始邮件|转发邮件|Original Message|Forwarded message)[ \u3000]*-*\s*$",
    re.I,
)
# a salutation to the editors alone on its line (`编辑老师：`, `尊敬的编辑同志：`, `王老师，您好！`)
_SALUTATION = re.compile(
    r"^[ \u3000]*(?:尊敬的)?[\u4e00-\u9fff]{0,8}(?:编辑|老师|同志|主任|部长|领导)[\u4e00-\u9fff]{0,3}"
    r"(?:[:：，,](?:您好|你好)?[！!。]?|[，,]?(?:您好|你好)[！!：:，,。]?)[ \u3000]*$"
)
_SIGNATURE_DELIMITER = re.compile(r"^--$")
_SIGNATURE_LINES = 8
_SIGNATURE_LINE_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]*\s*$")
_CONTACT_FIELD = re.compile(
    r"(?:^|[ \u3000]|[（(])(?:联系人|联系电话|电话|手机|座机|邮箱|电子邮箱|E-?mail|微信|QQ|地址|通讯地址|邮编)[ \u3000]*[:：]",
    re.IGNORECASE,
)
_SENTENCE_MARKS = re.compile(r"[。！？；]")


def is_contact_line(text: str) -> bool:
    """A writer's contact line: two contact fields or more (`联系人：…　电话：…　手机：…`) and no sentence."""
    return len(_CONTACT_FIELD.findall(text)) >= 2 and _SENTENCE_MARKS.search(text) is None


def _header_block(lines: list[str], i: int) -> int:
    """The end of the mail's header block starting at line i (i itself when there is none)."""
    j, names = i, set()
    while j < len(lines) and (header := _HEADER.match(lines[j])) is not None:
        names.add(header.group(1).lower())
        j += 1
    if j - i >= 2 and names & _SENDER and names & _RECIPIENT_OR_SUBJECT:
        return j
    return i


def _note_after(lines: list[str], i: int) -> int:
    """The end of the note to the editors right after the header block (blank lines between): a salutation
    alone on its line and its lines to the next blank line; i when there is none."""
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines) or not _SALUTATION.match(lines[j]):
        return i
    j += 1
    while j < len(lines) and lines[j].strip():
        j += 1
    return j


def _signature_from(lines: list[str]) -> int | None:
    """Where the mail's signature starts: a `--` line with only short lines ending no sentence under it."""
    for i in range(len(lines) - 1, -1, -1):
        if _SIGNATURE_DELIMITER.match(lines[i].rstrip()):
            below = [line.strip() for line in lines[i + 1 :] if line.strip()]
            if 0 < len(below) <= _SIGNATURE_LINES and not any(
                len(line) > _SIGNATURE_LINE_CHARS or _SENTENCE_END.search(line) for line in below
            ):
                return i
            return None
        if len(lines) - i > 2 * _SIGNATURE_LINES:
            return None
    return None


def mail_parts_off(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page with its mail headers, note to the editors and signature as blank lines; unchanged (the same
    objects) when it has none."""
    if "：" not in text and ":" not in text:
        return text, printed
    lines = text.split("\n")
    blank: set[int] = set()
    i = 0
    while i < len(lines):
        if _FORWARDED.match(lines[i]):
            end = _header_block(lines, i + 1)
            if end > i + 1:
                blank.update(range(i, end))
                i = end
                continue
        end = _header_block(lines, i)
        if end == i:
            i += 1
            continue
        end = _note_after(lines, end)
        blank.update(range(i, end))
        i = end
    if blank:
        signature = _signature_from(lines)
        if signature is not None:
            blank.update(range(signature, len(lines)))
    if not blank:
        return text, printed
    return "\n".join("" if i in blank else line for i, line in enumerate(lines)), printed
