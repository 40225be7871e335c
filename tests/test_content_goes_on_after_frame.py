"""'The corporation lost $748 million last year, it said, and cannot afford the union's demands': after a frame that
closes its content, ', and' and a verb phrase with no subject of its own (an auxiliary or modal opens it) go on with
the content: the same source and cue. A clause with its own subject stays the reporter's."""
from verify import analyze


def _claims(text):
    return [(c.source.name, c.cue.text if c.cue else None, c.text) for c in analyze(text).claim_records]


def test_a_verb_phrase_after_the_frame_is_the_speakers():
    assert _claims("The company broke no law, its lawyer said, and will appeal the ruling.") == [
        ("its lawyer", "said", "The company broke no law"), ("its lawyer", "said", "will appeal the ruling")]
    got = _claims("The airline said the pilot had no known affiliations, a spokesperson added, and had passed all "
                  "security checks.")
    assert got[-1][1:] == ("added", "had passed all security checks")


def test_a_clause_with_its_own_subject_stays_the_reporters():
    got = _claims("\u201cWe will win,\u201d Graham said, and the crowd cheered loudly.")
    assert got[-1] == ("the reporter", None, "the crowd cheered loudly.")
