"""Fast paths give what the slow paths gave.

Cheap searches that let a costly pattern skip a story must never skip one the pattern matches:
each looks for something every match of its pattern contains; these cases are the shapes each
pattern documents, so a pattern widened without its prefilter fails here. Punkt without NLTK's
time limit splits as NLTK's own Punkt does."""
import pytest

from verify import framing, quantities

SPONSOR = ["Iran-backed militias", "Saudi-led, US-backed forces", "state-funded media", "al-Qaeda-linked groups",
           "foreign-sponsored protests"]
MONEY = ["$4 billion", "US$1.2bn", "C$45,000", "\u00a35", "\u20ac3 million", "\u00a51,000", "CA$ 12"]


@pytest.mark.parametrize("text", SPONSOR)
def test_sponsor_prefilter(text):
    assert framing._SPONSOR.search(text)
    assert framing._SPONSOR_END.search(text)
    assert framing._sponsor_flags(text)


@pytest.mark.parametrize("text", MONEY)
def test_money_prefilter(text):
    assert quantities._MONEY.search(text)
    assert quantities._money_in(text, 0, len(text))


def test_prefilters_agree_on_the_seed_stories():
    from pathlib import Path

    for path in sorted(Path(__file__).resolve().parents[1].joinpath("seeds").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert bool(framing._SPONSOR.search(text)) <= bool(framing._SPONSOR_END.search(text))
        assert len(list(quantities._MONEY.finditer(text))) == len(quantities._money_in(text, 0, len(text)))


def test_untimed_punkt_splits_as_nltk_punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from verify.lexicon import load_word_list
    from verify.sentences import sentence_tokenizer

    params = PunktParameters()
    params.abbrev_types = set(load_word_list("abbreviations.txt"))
    nltk_punkt = PunktSentenceTokenizer(params)
    for text in ["Mr. Smith went to Washington. He said... nothing!!! (Really.) \"Yes.\" It rose 3.5 percent.",
                 "U.S. officials met Gen. John Allen on Jan. 5. They left at 5 p.m. Talks resume today.",
                 "\u201cGet out!\u201d he shouted. \u00c7a va? \u00dcber-Mensch. \u03a9mega. \u0130stanbul rose -- then fell.",
                 "a.b. c.d.  E.F. ... ?! x",
                 # initials and ordinals before a capital, a lower-case word, a mark; a line break inside a context
                 "J. Bach wrote it. The 2. movement rose. It was No. 4. Then a 3. and j. in the 5. Act. Z. , Y. ;",
                 "He left at 9 a.m.\nThe vote was 12-3. \u201cNo,\u201d she said. (It passed.) Q. What? A. Yes...",
                 "St.-Laurent left. Lt.-Gen. Ann Dube came. 1.5. 3.. Oh.. ## x. \u00e9. \u00c9. _. 4.\n\nnext"]:
        assert list(sentence_tokenizer().span_tokenize(text)) == list(nltk_punkt.span_tokenize(text))
        assert list(sentence_tokenizer().span_tokenize(text, False)) == list(nltk_punkt.span_tokenize(text, False))


def test_abbreviations_only_punkt_refuses_trained_parameters():
    """The fast Punkt decides with abbreviations alone: parameters with more would split otherwise."""
    from nltk.tokenize.punkt import PunktParameters

    from verify.sentences import _SentenceTokenizer

    params = PunktParameters()
    params.sent_starters = {"the"}
    with pytest.raises(ValueError):
        _SentenceTokenizer(params)


@pytest.mark.parametrize("segment", ["", " ", "Jane Doe has", "Jane Doe has also", "The senator has been", "He did n't",
                                     "Jane Doe HAS ALSO ", "Jane Doe has\n", "Jane Doe", "Jane Doe has,", "Doe, who has",
                                     "In 2015, the mayor has also", "Doe, 45, has since", "The aide hasn\u2019t",
                                     "Kim (D) went on to", "3 has", "after 3pm she was quick to", "x_has", "has",
                                     "Doe said. The mayor's aides have repeatedly"])
def test_auxiliary_tail_as_the_pattern_finds_it(segment):
    from verify import attribution

    full = attribution._AUX_TAIL.search(segment)
    fast = attribution._aux_tail(segment)
    assert (full.span() if full else None) == (fast.span() if fast else None)


def test_warm_up_builds_the_cue_patterns_and_loads_the_lexicons_before_any_story():
    """Start-up work is done by warm_up, not inside the first stories of a batch."""
    from verify import attribution, framing, sources, warm_up
    for loader in (attribution._headline_cues, attribution._frame_only, sources.first_names, framing.lexicon_rules):
        loader.cache_clear()
    seconds = warm_up()
    assert seconds > 0
    for loader in (attribution._headline_cues, attribution._frame_only, sources.first_names, framing.lexicon_rules):
        assert loader.cache_info().currsize == 1, loader



def test_warm_up_freezes_the_start_up_objects_out_of_the_cyclic_collector():
    """The lexicons and patterns live as long as the process: after warm_up the garbage collector's full
    collections no longer scan them (gc.get_objects lists only the objects it still looks after)."""
    import gc

    from verify import attribution, warm_up
    gc.unfreeze()
    table = attribution.cue_table()
    assert any(o is table for o in gc.get_objects())
    warm_up()
    try:
        assert gc.get_freeze_count() > 0
        assert not any(o is table for o in gc.get_objects())
    finally:
        gc.unfreeze()


CASUALTY = ["Three people were killed on Sunday.", "Two guards had been brutally murdered.", "He was shot dead outside.",
            "Dozens are feared to have been kidnapped.", "she is being tortured", "FOUR MEN WERE SHOT DEAD",
            "Two were \u212aidnapped in the raid."]  # (a Kelvin sign, which re.I reads as k)
HYPERBOLE = ["the worst president ever", "the biggest rally in American history", "the greatest show of all time",
             "better than anyone ever before", "the most dishonest campaign in modern history"]


@pytest.mark.parametrize("text", CASUALTY + HYPERBOLE)
def test_passive_and_hyperbole_prefilters(text):
    if framing._PASSIVE.search(text):
        assert framing._CASUALTY_AFTER_SPACE.search(text) and framing._passive_flags(text)
    if framing._HYPERBOLE.search(text):
        assert framing._hyperbole_flags(text)
    assert framing._PASSIVE.search(text) or framing._HYPERBOLE.search(text)


@pytest.mark.parametrize("window", ["Jane Doe repeatedly ", "Jane Doe has repeatedly and publicly ", "The ministers all ",
                                    "He and Bob Smith BOTH ", "Kelly ", "The family ", "Jane Doe", "", " each\n"])
def test_tail_search_as_the_pattern_finds_it(window):
    from verify import attribution

    for pattern, last, lower in ((attribution._MANNER_TAIL, ("ly", "and"), False),
                                 (attribution._FLOATING_QUANTIFIER, ("both", "all", "each"), True)):
        full = pattern.search(window)
        fast = attribution._tail_search(pattern, last, window, 0, len(window), lower=lower)
        assert (full.span() if full else None) == (fast.span() if fast else None)


def test_story_wide_name_patterns_match_as_their_word_boundary_forms():
    """The source patterns open on their capital (or stop) and check the boundary after it; they find what the
    '\\b' / look-behind-first forms find."""
    import re

    from verify import sources

    suffix = sources._COMPANY_SUFFIX
    slow = {
        sources._WRITTEN_NAME: r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?P<nick>[\u201c\"\u2018'][A-Z][\w.' -]{0,18}[\u201d\"\u2019']\s+)?"
                               r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z])",
        sources._HONORIFIC_NAME: r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b",
        sources._COMPANY_NAME: r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),?\s+" + suffix,
        sources._NAME_AFTER_WORD: r"(?<=[a-z,] )([A-Z])",
        sources._SENTENCE_END: r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\b[A-Z])"
                               r"[.!?][\"'\u201d\u2019]*\s+(?=[\"\u201c'A-Z])|\n",
    }
    texts = ["XMr. Smith met Mr. Jones and OJane Carter; Acme Corp and xAcme Inc rose. Dr. Who left. End",
             "He met Jane Carter, Mrs. Ann Lee-Smith and xJohn Smith. Sen. Bo Li spoke! \u201cNo,\u201d said J. Doe.\nOK",
             "Former operative John \u201cTig\u201d Tiegen and xMark 'Oz' Geist spoke.",
             "Rep. Al Green of Big Data Holdings, said: Ms. Kay. Miss Marple met met Mr, Ann or Bo."]
    for fast, pattern in slow.items():
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                [(m.span(), m.groups()) for m in re.finditer(pattern, text)], pattern


def test_partitive_source_takes_its_quantifier():
    from verify import attribution

    text = "Many of the delegates said no."
    chosen = [(text.index("the"), text.index(" said"))]
    assert attribution._extend_partitive(text, 0, chosen)[-1] == (0, 4)
    text = "Proof of the delegates said no."
    assert attribution._extend_partitive(text, 0, [(text.index("the"), text.index(" said"))]) == \
        [(text.index("the"), text.index(" said"))]


def test_number_word_trie_matches_as_the_longest_first_alternation():
    import re

    from verify.lexicon import word_trie as _trie
    from verify.quantities import TENS, UNITS, _WORDNUM

    words = list(UNITS) + list(TENS)
    longest_first = re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")", re.I)
    trie = re.compile(_WORDNUM, re.I)
    text = ("Seventeen seventy seven sevens, eighteen eighty-eight, fourteen fortyfour ONE oneself zero "
            "twelve twenty-two tenth ten thirteen thirty three")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in longest_first.finditer(text)]
    for w in words:
        assert trie.fullmatch(w) and trie.match(w + "teen").group() == longest_first.match(w + "teen").group()
    assert _trie(["a", "ab", "b"]) == "(?:a(?:b)?|b)"


def test_may_hold_reads_as_re_ignorecase():
    import re

    from verify.lexicon import may_hold

    for text in ["It was SAID that", "it is sa\u0131d", "\u017faid so", "it is s\u0130ad"]:
        assert may_hold(text, ("said",)) or not re.search("said", text, re.I)
    assert may_hold("It was SAID", ("said",)) and not may_hold("It was sad", ("said",))


@pytest.mark.parametrize("text,pattern,words", [
    ("The plan is widely believed to have failed.", "_AGENTLESS", "_AGENTLESS_PARTICIPLES"),
    ("The talks are rumoured to have ended.", "_AGENTLESS", "_AGENTLESS_PARTICIPLES"),
    ("two officials with direct knowledge of the talks ", "_UNNAMED_WHO_KNOW", "WHO_KNOW_WORDS"),
    ("people familiar with the matter ", "_UNNAMED_WHO_KNOW", "WHO_KNOW_WORDS"),
    ("sources close to the minister ", "_UNNAMED_WHO_KNOW", "WHO_KNOW_WORDS"),
    ("aides knowledgeable about the plan ", "_UNNAMED_WHO_KNOW", "WHO_KNOW_WORDS"),
    ("a diplomat privy to the talks ", "_UNNAMED_WHO_KNOW", "WHO_KNOW_WORDS"),
    ("killed over the past three weeks", "quantities._PERIOD", "quantities._PERIOD_WORDS"),
    ("since the election", "quantities._PERIOD", "quantities._PERIOD_WORDS"),
    ("this year", "quantities._PERIOD", "quantities._PERIOD_WORDS"),
])
def test_prefilter_words_are_in_every_match(text, pattern, words):
    from verify import attribution
    from verify.lexicon import may_hold

    def get(name):
        return getattr(quantities, name.split(".")[1]) if name.startswith("quantities.") else getattr(attribution, name)

    assert get(pattern).search(text) and may_hold(text, get(words))


@pytest.mark.parametrize("line", ["WASHINGTON (AP) \u2014 The bill passed.", "  BEIRUT, Jan 11 (Reuters) - Fighting resumed.",
                                  "FLINT, Mich., Oct. 4 (UPI) -- Water.", "ST. LOUIS \u2014 Rain.", "O'HARE \u2014 Delays.",
                                  "The mayor \u2014 a former judge \u2014 said no.", "\u201cNo,\u201d she said.", "A"])
def test_dateline_check_as_the_pattern_finds_it(line):
    from verify import furniture

    m = furniture.DATELINE.match(line)
    letters = [c for c in (m.group(0).split("(")[0].split(",")[0] if m else "") if c.isalpha()]
    expected = m.end() if m and letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 else 0
    assert furniture.dateline_length(line) == expected


@pytest.mark.parametrize("part", ["votes for Donald J.", "votes for Donald J. ", "said Mary K.\n", "Mary K.\u00a0\u00a0",
                                  "for John Q.        \t", "Jane\u2009B."])
def test_middle_initial_precheck_lets_every_match_through(part):
    """_ends_on_an_initial is a cheap test before _MIDDLE_INITIAL_END: it must pass every part the pattern matches."""
    from verify.sentences import _MIDDLE_INITIAL_END, _ends_on_an_initial

    for start in range(len(part)):
        if _MIDDLE_INITIAL_END.search(part, start, len(part)):
            assert _ends_on_an_initial(part, start, len(part))
    assert _MIDDLE_INITIAL_END.search(part) and _ends_on_an_initial(part, 0, len(part))
    assert not _ends_on_an_initial("votes for Donald Trump.", 0, 23)


@pytest.mark.parametrize("text", ["better than anyone", "BIGGER THAN EVER", "Than\u00a0Anything", "than\n\tany",
                                  "\u0130stanbul grew faster than ever"])
def test_than_any_precheck_finds_every_case(text):
    """The hyperbole precheck reads the lower-cased story: every case of "than any(one|thing)"/"than ever" and any
    space between are found, as a case-insensitive search finds them."""
    import re

    assert re.search(r"than\s+(?:any|anyone|anything|ever)", text, re.I)
    assert framing._THAN_ANY.search(text.lower())
    assert not framing._THAN_ANY.search("more than a year, then anyone".lower())


@pytest.mark.parametrize("window", ["", " ", "Trump on Friday said ", "\u201cWe won,\u201d Trump on Friday ",
                                    "The senator, 45, in a statement on Tuesday ", "Doe said. The mayor last week",
                                    "Smith (R-Ohio) during a radio interview with Fox News ", "in 2015,", "Doe in 2015\n",
                                    "Doe, through his lawyers", "O'Neil at the time", "Doe -- in a post on X-Files ",
                                    "Doe: later that day", "\u201cNo\u201d yesterday", "x_yesterday"])
def test_time_tail_as_the_pattern_finds_it(window):
    """_when_tail starts the search after the last character a time phrase cannot hold: the same match."""
    from verify import attribution

    def span(m):
        return m and m.span()

    for lo in range(len(window) + 1):
        assert span(attribution._when_tail(window, lo, len(window))) == span(attribution._WHEN_TAIL.search(window, lo))
    assert span(attribution._when_tail(window)) == span(attribution._WHEN_TAIL.search(window))
    text = "Filler, \u201cquoted,\u201d " + window + "said"
    assert span(attribution._when_tail(text, 3, len(text) - 4)) == span(attribution._WHEN_TAIL.search(text, 3, len(text) - 4))


def test_organisation_names_are_the_capitalised_runs_holding_an_organisation_word():
    """Each capitalised run is tested whole, lower-cased: the runs holding an organisation word, where they start."""
    from verify import attribution

    text = ("The Ministry of Health and the Riverside Water Board said on Monday that Jane Doe, head of the "
            "PARTY FOR Change, met Acme Corp. officials. \u0130stanbul Committee members and Mr. Smith left.")
    names = attribution.organisation_names(text)
    assert names == [(0, "The Ministry of Health"), (text.index("Riverside"), "Riverside Water Board"),
                     (text.index("PARTY"), "PARTY FOR Change"), (text.index("Acme"), "Acme Corp"),
                     (text.index("Committee"), "Committee")]  # "\u0130" is no [A-Z]
    organisation = attribution._organisation_words()
    assert names == [(m.start(), m.group()) for m in attribution._CAPITALISED_RUN.finditer(text)
                     if not organisation.isdisjoint(w.lower() for w in m.group().split())]


def test_lower_case_keeps_every_character_of_its_kind_but_two():
    """_story_cue_matches searches the lower-cased story for cue words: only the characters it lists change length,
    ASCII-letter kind, word-character kind or hyphen kind when lower-cased."""
    import re
    import sys

    from verify import attribution

    word, letters = re.compile(r"\w"), set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    changed = []
    for i in range(sys.maxunicode + 1):
        c = chr(i)
        low = c.lower()
        if len(low) != 1 or (low in letters) != (c in letters) or bool(word.match(low)) != bool(word.match(c)) \
                or (low == "-") != (c == "-"):
            changed.append(c)
    assert tuple(changed) == attribution._LOWER_CASE_CHANGES_KIND


@pytest.mark.parametrize("text, cues", [
    ("Jane Doe SAID on Monday that the plan Says little. Doe said, and added: no.", ["SAID", "Says", "said", "added"]),
    ("\u201cNo,\u201d said Doe. Co-said re-told 3said told_ x-said \u00e9said AccordinG to Doe", ["said", "AccordinG to"]),
    ("\u0130stanbul officials said the Kelvin \u212aept told Doe. Doe Said so.", ["said", "told", "Said"]),
    ("Doe said\u00e9 it; Doe told\u212a it. According to her, it is claimed.", ["According to", "claimed"])])
def test_story_cue_matches_as_every_word_looked_up(text, cues):
    """The cue matches found from the lower-cased story are those found by looking up each word as written."""
    from itertools import compress

    from verify import attribution

    attribution._story_cue_matches.cache_clear()
    starts, found = attribution._story_cue_matches(text)
    words = list(attribution._WORD.finditer(text))
    patterns = [attribution._cue_pattern_opening_with(w.group()) for w in words]
    slow = [m for m in (p.match(text, w.start()) for w, p in zip(compress(words, patterns), compress(patterns, patterns)))
            if m]
    assert [m.span() for m in found] == [m.span() for m in slow] and starts == [m.start() for m in slow]
    assert [m.group() for m in found] == cues



@pytest.mark.parametrize("text, contents", [
    ("The mayor said the budget was balanced, adding that taxes would not rise.",
     ["the budget was balanced", "taxes would not rise"]),
    ("The mayor said the budget was balanced, ADDING that taxes would not rise.",
     ["the budget was balanced", "taxes would not rise"]),
    ("The mayor said the budget was balanced, and taxes would not rise.",
     ["the budget was balanced, and taxes would not rise"])])
def test_participle_after_the_content_needs_an_ing_word(text, contents):
    """_participial looks for ', adding that' only in contents holding "ing" (any case): the same claims."""
    from tests.ledger_helpers import attributed

    claims = attributed(text)
    assert [c.text for c in claims] == contents and [c.cue.text.lower() for c in claims] == ["said", "adding"][:len(claims)]
    assert {c.source.name for c in claims} == {"mayor"}


def test_tokens_back_are_the_spans_of_the_words_in_the_window():
    from verify import attribution

    text = "\u201cWe won,\u201d  Jane Doe (D-Md.)\tsaid\n on Monday."
    assert attribution._tokens_back(text, 3, 30) == [m.span() for m in attribution._TOKEN.finditer(text, 3, 30)]
    assert [text[a:b] for a, b in attribution._tokens_back(text, 0, text.index("said") + 4)] == ["\u201cWe", "won,\u201d", "Jane", "Doe",
                                                                               "(D-Md.)", "said"]
    assert attribution._tokens_back(text, 5, 5) == []
