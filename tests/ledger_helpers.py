"""Helpers the attribution tests share: the attributed claims of a text, the one claim of a sentence, and the
claim of an analysis that opens with some words."""
from verify import analyze


def attributed(text):
    """The claims of a text that some source other than the reporter makes."""
    return [c for c in analyze(text).claim_records if c.source.type != "reporter"]


def claim_of(text):
    """(source mention, cue, claim text) of the one attributed claim of a sentence."""
    [c] = attributed(text)
    return c.source.mention.text, c.cue.text, c.text


def claim_starting(analysis, prefix):
    """The first claim of an analysis whose text opens with prefix."""
    return next(c for c in analysis.claim_records if c.text.startswith(prefix))
