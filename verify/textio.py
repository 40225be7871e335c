"""Reading stories from files and bytes, with clear errors and no silent changes.

Offsets index the text exactly as decoded from UTF-8, so nothing here
normalises whitespace, line endings or quotation marks; plain_spaces makes the
one-for-one copy the analysis reads, and every record gets the story's own text back.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a story larger than this is not a news story


def decode_story(data: bytes, name: str = "input") -> str:
    """Decode bytes as UTF-8 (a BOM is kept, as read), refusing binary and other encodings."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is larger than the {MAX_BYTES:,}-byte limit for one story; split it.")
    if b"\x00" in data[:65536]:
        hint = " It looks like UTF-16; re-save it as UTF-8." if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise InputError(f"{name}: this is a binary file, not text.{hint}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}). "
            "Re-save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`."
        ) from None
    return text


def check_text(text: str, name: str = "input") -> None:
    """Refuse text with nothing to analyse."""
    if not isinstance(text, str):
        raise InputError(f"{name}: expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise InputError(f"{name}: the story is empty (nothing but white space).")


# No-break, figure, thin, hair, narrow no-break, en/em and ideographic spaces; line and paragraph separators.
_TYPOGRAPHIC_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\u2028\u2029]")
_AS_PLAIN = {**{c: " " for c in (0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}, 0x2028: "\n", 0x2029: "\n"}


def plain_spaces(text: str) -> str:
    """Stories copied from web pages carry no-break and thin spaces ("Mr.\u00a0Ford", "5\u202f000") where a
    plain space is meant; every rule reads names, cues and figures as words parted by spaces, so the analysis
    reads a copy with each such space made plain (line and paragraph separators made line breaks), one
    character for one, so every offset holds. Returns ``text`` itself when there is nothing to do."""
    return text.translate(_AS_PLAIN) if _TYPOGRAPHIC_SPACES.search(text) else text


def read_story(path: str | Path) -> str:
    """Read one story file as UTF-8; HTML files are reduced to their text."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    text = decode_story(data, str(p))
    if p.suffix.lower() in (".html", ".htm") or looks_like_html(text):
        text = html_to_text(text)
    check_text(text, str(p))
    return text


_HTML_HINT = re.compile(r"^\s*(<!doctype html|<html\b|<body\b|<head\b)", re.I)


def looks_like_html(text: str) -> bool:
    """A whole HTML page, not a story that mentions a tag."""
    return bool(_HTML_HINT.match(text[:2000]))


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
              "blockquote", "header", "figcaption", "pre", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Reduce an HTML page to its visible text, one paragraph per line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    raw = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in raw.split("\n")]
    return "\n\n".join(line for line in lines if line)


def headline(text: str, limit: int = 120) -> str:
    """The story's first non-empty line, as a title when the editor gives none (a pasted story)."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= limit else line[:limit - 1].rstrip() + "\u2026"
    return ""
