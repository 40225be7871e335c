"""sources._sentence_opening reads the story's sentence ends found once; it must give what a scan of the 400
characters before each position gives, also where the window starts or stops inside the spaces after a stop."""
import re

from verify.sources import _SENTENCE_END, _sentence_opening


def _scan(text: str, pos: int) -> int:
    """The reference: the window's own scan."""
    last = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 400), min(len(text), pos + 1)):
        if m.end() <= pos:
            last = m.end()
    return last


STORY = ("Council rejects bike lanes\n\nABSTRACT.\n\nThe council voted 7-2 against the plan on Tuesday.  "
         "Mr. Lee said it was \u201ca mistake.\u201d  Dr. Ann Roe, who chairs the board, disagreed. "
         + "The vote followed a long debate about parking, traffic and the cost of paint on every street " * 8
         + "in town.\n\n  FULL TEXT.\n\nThe mayor said: \u201cWe will try again.\u201d")


def test_every_position_gives_the_windowed_scan():
    assert len(STORY) > 800  # windows that start inside the story, not only at 0
    for pos in range(len(STORY) + 2):
        assert _sentence_opening(STORY, pos) == _scan(STORY, pos), pos


def test_a_sentence_after_a_stop_and_blank_lines_opens_where_it_starts():
    pos = STORY.index("The council")
    assert _sentence_opening(STORY, pos) == pos
    # inside the line breaks after "ABSTRACT.": the stop's end is not reached yet, each line break is one
    inside = STORY.index("ABSTRACT.") + len("ABSTRACT.") + 1
    assert _sentence_opening(STORY, inside) == inside


def test_a_long_sentence_without_a_stop_in_reach_opens_at_zero():
    long = "word " * 200 + "end."
    assert _sentence_opening(long, 900) == 0 == _scan(long, 900)
    assert re.search(r"[.!?\n]", long[:900]) is None


def test_a_window_that_starts_inside_the_line_breaks_after_a_stop():
    story = "Intro.\n\nA long clause" + " that never stops" * 30
    second_break = story.index("\n") + 1
    pos = second_break + 400  # the window opens on the second line break: its scan ends a sentence there
    assert _scan(story, pos) == second_break + 1
    assert _sentence_opening(story, pos) == second_break + 1
