"""HTML for the story view: claims highlighted by source, flags marked, everything escaped.

Every piece of story text goes through html.escape, so a story that contains
markup or a <script> shows as text. Pure functions: the app only displays them.
"""
from __future__ import annotations

import html
from typing import Optional

from .model import REPORTER

PALETTE = ["#cfe8ff", "#ffe0b3", "#d9f2d0", "#f7d4e8", "#e6dcff", "#fff3b0", "#cdeee9", "#ffd6cc",
           "#e0e0ff", "#f0e0c0"]
REPORTER_STYLE = "background:#f3f3f3;border-bottom:2px dotted #999;"


def source_colours(names: list[str]) -> dict[str, str]:
    """A stable colour per source name (the reporter has its own grey style)."""
    colours: dict[str, str] = {}
    for name in names:
        if name not in colours:
            colours[name] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def legend_html(colours: dict[str, str]) -> str:
    items = [f'<span style="{REPORTER_STYLE}padding:2px 6px;margin-right:8px">the reporter</span>']
    items += [f'<span style="background:{c};padding:2px 6px;margin-right:8px">{html.escape(n)}</span>'
              for n, c in colours.items()]
    return '<div class="verify-legend" style="line-height:2">' + "".join(items) + "</div>"


def story_html(analysis, *, source_names: Optional[dict[str, str]] = None, selected_claim_id: Optional[str] = None,
               colours: Optional[dict[str, str]] = None) -> str:
    """The story with claim spans coloured by source and flagged words underlined with their reason."""
    text = analysis.text
    names = source_names or {}
    claims = sorted(analysis.claim_records, key=lambda c: c.start)
    shown = {c.id: names.get(c.id, c.source.name) for c in claims}
    colours = colours or source_colours([n for c in claims if c.source.type != REPORTER for n in [shown[c.id]]])
    flags = sorted(analysis.flag_records, key=lambda f: f.start)
    out: list[str] = []
    pos = 0
    for c in claims:
        if c.start > pos:
            out.append(_with_flags(text, pos, c.start, flags))
        if c.kind == "metadata":
            style = "color:#888;font-style:italic;"
        elif c.source.type == REPORTER:
            style = REPORTER_STYLE
        else:
            style = f"background:{colours.get(shown[c.id], '#eee')};"
        if c.id == selected_claim_id:
            style += "outline:2px solid #d33;"
        title = html.escape(f"{c.id}: {shown[c.id]} ({c.source.type})" + (f" via {' > '.join(c.source.via)}" if c.source.via else ""))
        out.append(f'<span class="claim" data-claim="{c.id}" title="{title}" style="{style}">'
                   f"{_with_flags(text, c.start, c.end, flags)}</span>")
        pos = max(pos, c.end)
    if pos < len(text):
        out.append(_with_flags(text, pos, len(text), flags))
    body = "".join(out).replace("\n", "<br>")
    return f'<div class="verify-story" style="line-height:1.9;font-size:1.05rem">{body}</div>'


def _with_flags(text: str, start: int, end: int, flags) -> str:
    """Escaped text with flags inside [start, end) wrapped in <mark> with reason and suggestion on hover."""
    parts, pos = [], start
    for f in flags:
        if f.start < pos or f.end > end or f.start < start:
            continue
        parts.append(html.escape(text[pos:f.start]))
        tip = html.escape(f"{f.category}: {f.reason} Suggestion: {f.suggestion}", quote=True)
        parts.append(f'<mark class="flag" data-flag="{f.id}" title="{tip}" '
                     f'style="background:none;border-bottom:3px solid #d9534f">{html.escape(text[f.start:f.end])}</mark>')
        pos = f.end
    parts.append(html.escape(text[pos:end]))
    return "".join(parts)
