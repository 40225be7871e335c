"""Score attribution against PolNeAR (BRAT standoff): cue, content and source P/R/F1.

Layout: DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann; where an article
has two annotators, the first file in sorted order is used.

Predictions are the claims verify attributes to someone other than the reporter:
the cue span, the claim span as content, the source mention span.

Matching rules (documented in docs/attribution.md):
- cue: a predicted cue matches a gold cue when the spans overlap; one-to-one, greedy
  in text order. P = matched predictions / predictions, R = matched gold / gold. Claims that
  share one cue and source (a quotation over several sentences, or resumed after its frame)
  count once, for cues, contents and sources: one attribution whose content comes in parts,
  scored by their hull as gold discontinuous content is.
- content (overlap): a gold content counts as found when any predicted content overlaps
  it; a predicted content counts as correct when it overlaps any gold content.
  Discontinuous gold spans count by their fragments' hull.
- content (exact-ish): as above but requiring token-level Jaccard >= 0.5.
- an outer source with its own cue ("X said C, according to Y": `via_frames`) is a prediction of its
  own: Y's cue and mention, with the claim as content.
- quote speaker (direct quotations): over gold attributions with a source whose content opens with a
  quotation mark, the share where verify's claim over that content (a quoted claim first, then the
  largest overlap) names a mention overlapping the gold source: the speaker of direct quotations,
  as quote extractors report it (PolNeAR annotates a pronoun source as the pronoun, so resolution
  is not scored).
- source: over gold attributions that have a source. A gold attribution is paired with
  the prediction whose cue overlaps its cue (else whose content overlaps its content);
  the source is right when the predicted mention overlaps the gold source span.
  Precision is over predictions with a mention that were paired with a gold attribution
  with a source, plus unpaired predictions (wrong by definition).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Optional

from ..analysis import analyze
from ..model import REPORTER


def read_ann(path: Path) -> list[dict]:
    """Gold attributions of one .ann file: dicts with cue, content, source spans (or None)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            kind, *rest = parts[1].split(" ", 1)
            frags = []
            for frag in (rest[0] if rest else "").split(";"):
                nums = frag.split()
                if len(nums) == 2:
                    frags.append((int(nums[0]), int(nums[1])))
            spans[parts[0]] = (kind, frags)
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) >= 2:
                events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    gold = []
    for ev in events:
        def hull(role: str) -> Optional[tuple[int, int]]:
            tid = ev.get(role)
            if not tid or tid not in spans or not spans[tid][1]:
                return None
            frags = spans[tid][1]
            return (min(a for a, _ in frags), max(b for _, b in frags))
        gold.append({"cue": hull("Cue"), "content": hull("Content"), "source": hull("Source")})
    return gold


_OPENING_MARKS = ("\"", "\u201c", "'", "\u2018", "`")


def quote_speakers(text: str, gold: list[dict], claims) -> tuple[int, int]:
    """(right, total) over the gold direct quotations with a source: is the speaker's mention found?"""
    right = total = 0
    for g in gold:
        if not g["content"] or not g["source"] or not text[g["content"][0]:g["content"][1]].lstrip().startswith(_OPENING_MARKS):
            continue
        total += 1
        over = [c for c in claims if c.kind == "claim" and _overlap((c.start, c.end), g["content"])]
        if not over:
            continue
        best = max(over, key=lambda c: (c.quoted, min(c.end, g["content"][1]) - max(c.start, g["content"][0])))
        m = best.source.mention
        right += bool(m and _overlap((m.start, m.end), g["source"]))
    return right, total


def predictions(text: str, analysis=None) -> list[dict]:
    a = analysis or analyze(text)
    out = []
    for c in a.claim_records:
        if c.kind != "claim" or c.source.type == REPORTER:
            continue
        m = c.source.mention
        out.append({"cue": (c.cue.start, c.cue.end) if c.cue else None, "content": (c.start, c.end),
                    "source": (m.start, m.end) if m else None})
        for vf in c.source.via_frames:  # "X said C, according to Y": Y's own attribution of the claim
            out.append({"cue": (vf.cue.start, vf.cue.end) if vf.cue else None, "content": (c.start, c.end),
                        "source": (vf.mention.start, vf.mention.end) if vf.mention else None})
    return out


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _jaccard(text: str, a, b) -> float:
    ta = set(re.findall(r"\w+", text[a[0]:a[1]].lower()))
    tb = set(re.findall(r"\w+", text[b[0]:b[1]].lower()))
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def score_article(text: str, gold: list[dict], pred: list[dict]) -> dict[str, int]:
    c: dict[str, int] = defaultdict(int)
    # cues: one-to-one overlap
    g_cues = sorted(g["cue"] for g in gold if g["cue"])
    p_cues = sorted({p["cue"] for p in pred if p["cue"]})  # a quotation resumed after its frame shares the cue
    used = set()
    for pc in p_cues:
        for i, gc in enumerate(g_cues):
            if i not in used and _overlap(pc, gc):
                used.add(i)
                c["cue_tp"] += 1
                break
    c["cue_pred"] += len(p_cues)
    c["cue_gold"] += len(g_cues)
    pred = _one_per_attribution(pred)
    # contents: overlap, and token Jaccard >= 0.5
    g_con = [g["content"] for g in gold if g["content"]]
    p_con = [p["content"] for p in pred]
    c["content_pred"] += len(p_con)
    c["content_gold"] += len(g_con)
    c["content_p_ok"] += sum(any(_overlap(p, g) for g in g_con) for p in p_con)
    c["content_r_ok"] += sum(any(_overlap(p, g) for p in p_con) for g in g_con)
    c["content_exact_p_ok"] += sum(any(_overlap(p, g) and _jaccard(text, p, g) >= 0.5 for g in g_con) for p in p_con)
    c["content_exact_r_ok"] += sum(any(_overlap(p, g) and _jaccard(text, p, g) >= 0.5 for p in p_con) for g in g_con)
    # sources: pair predictions with gold attributions
    with_src = [g for g in gold if g["source"]]
    c["source_gold"] += len(with_src)
    c["source_pred"] += sum(1 for p in pred if p["source"])
    paired = set()
    for g in with_src:
        cand = [i for i, p in enumerate(pred) if i not in paired and p["source"] and _overlap(p["cue"], g["cue"])]
        if not cand:
            cand = [i for i, p in enumerate(pred) if i not in paired and p["source"] and _overlap(p["content"], g["content"])]
        if cand:
            i = cand[0]
            paired.add(i)
            if _overlap(pred[i]["source"], g["source"]):
                c["source_tp"] += 1
    return c


def _one_per_attribution(pred: list[dict]) -> list[dict]:
    """Claims sharing one cue and source are one attribution whose content comes in parts
    (a quotation over several sentences, resumed after its frame): PolNeAR's discontinuous
    content, scored like gold by its parts' hull."""
    merged: dict = {}
    out = []
    for p in pred:
        key = (p["cue"], p["source"])
        if p["cue"] and key in merged:
            first = merged[key]
            first["content"] = (min(first["content"][0], p["content"][0]), max(first["content"][1], p["content"][1]))
            continue
        p = dict(p)
        merged[key] = p
        out.append(p)
    return out


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def annotation_files(directory: Path) -> dict[str, list[Path]]:
    """Every annotator's .ann file of each article, in sorted order (the first is the gold we score against)."""
    anns: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((directory / "attributions").glob("*.ann")):
        anns[re.sub(r"_[^_]+\.ann$", "", ann.name)].append(ann)
    return anns


def articles(directory: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs; the first annotator's file where there are two."""
    pairs = []
    for name, anns in sorted(annotation_files(directory).items()):
        txt = directory / "text" / f"{name}.txt"
        if txt.is_file():
            pairs.append((txt, anns[0]))
    return pairs


def _report(t: dict[str, int], n_articles: int) -> dict:
    return {
        "articles": n_articles,
        "cue": _prf(t["cue_tp"], t["cue_pred"], t["cue_tp"], t["cue_gold"]),
        "content": _prf(t["content_p_ok"], t["content_pred"], t["content_r_ok"], t["content_gold"]),
        "content_exact": _prf(t["content_exact_p_ok"], t["content_pred"], t["content_exact_r_ok"], t["content_gold"]),
        "source": _prf(t["source_tp"], t["source_pred"], t["source_tp"], t["source_gold"]),
        "quote_speaker": {"accuracy": round(t["quote_speaker_right"] / t["quote_speaker_gold"], 4)
                          if t["quote_speaker_gold"] else 0.0, "quotations": t["quote_speaker_gold"]},
        "counts": dict(t),
    }


def evaluate_dir(directory: Path, limit: Optional[int] = None) -> dict:
    pairs = articles(Path(directory))
    if limit:
        pairs = pairs[:limit]
    total: dict[str, int] = defaultdict(int)
    for txt, ann in pairs:
        text = txt.read_text(encoding="utf-8")
        gold, a = read_ann(ann), analyze(text)
        for k, v in score_article(text, gold, predictions(text, a)).items():
            total[k] += v
        right, quotes = quote_speakers(text, gold, a.claim_records)
        total["quote_speaker_right"] += right
        total["quote_speaker_gold"] += quotes
    return _report(total, len(pairs))


def agreement_dir(directory: Path) -> dict:
    """How far annotators agree with each other, by the same rules: each further annotator of an
    article scored against the first, and verify scored against the same first files. The human
    figures are the ceiling a target on this corpus should be read against."""
    directory = Path(directory)
    human: dict[str, int] = defaultdict(int)
    machine: dict[str, int] = defaultdict(int)
    n = 0
    for name, anns in sorted(annotation_files(directory).items()):
        txt = directory / "text" / f"{name}.txt"
        if len(anns) < 2 or not txt.is_file():
            continue
        n += 1
        text = txt.read_text(encoding="utf-8")
        gold = read_ann(anns[0])
        for other in anns[1:]:
            for k, v in score_article(text, gold, read_ann(other)).items():
                human[k] += v
        for k, v in score_article(text, gold, predictions(text)).items():
            machine[k] += v
    return {"articles": n, "annotators": _report(human, n), "verify": _report(machine, n)}


def format_report(report: dict) -> str:
    if "annotators" in report:
        return "\n\n".join([f"Agreement on the {report['articles']} articles with more than one annotator",
                              "Further annotators against the first:\n" + format_report(report["annotators"]),
                              "verify against the first:\n" + format_report(report["verify"])])
    lines = [f"PolNeAR: {report['articles']} articles", f"{'':16}{'P':>8}{'R':>8}{'F1':>8}"]
    for key in ("cue", "content", "content_exact", "source"):
        r = report[key]
        lines.append(f"{key:16}{r['precision']:8.3f}{r['recall']:8.3f}{r['f1']:8.3f}")
    q = report["quote_speaker"]
    if q["quotations"]:  # not scored between annotators
        lines.append(f"speaker of direct quotations: {q['accuracy']:.3f} of {q['quotations']}")
    return "\n".join(lines)
