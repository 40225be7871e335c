"""No text of a sentence is lost: every word is in a claim, a cue or a source mention (or in the frame's own
circumstances after its cue), and the claim that recovers text carries the right source - the reporter for the
reporter's own words, never for an attribution. Sentences written for the test."""
import re

import pytest

from verify import analyze

from tests.ledger_helpers import attributed


def claims(text):
    return analyze(text).claim_records


def reporter_texts(text):
    return [c.text for c in claims(text) if c.source.type == "reporter" and c.kind == "claim"]


def uncovered_words(text):
    """Words in no claim, no cue, no source mention and no outer source of a chain (a joining word may be left)."""
    cov = bytearray(len(text))
    for c in claims(text):
        spans = [(c.start, c.end)]
        spans += [(s.start, s.end) for s in (c.cue, c.source.mention) if s is not None]
        spans += [(s.start, s.end) for v in c.source.via_frames for s in (v.cue, v.mention) if s is not None]
        for a, b in spans:
            cov[a:b] = b"\x01" * (b - a)
    return [m.group() for m in re.finditer(r"[A-Za-z]+", text) if not any(cov[m.start():m.end()])
            and m.group().lower() not in ("and", "but", "though", "although")]


@pytest.mark.parametrize("text, described", [
    ("\u201cThe plan will not survive the winter,\u201d said Tom Reyes, managing editor of the Valley Courier.",
     "managing editor of the Valley Courier"),
    ("\u201cWe were told to wait,\u201d said Sen. Ann Lee (D-Ore.), who voted against the first version of the bill.",
     "(D-Ore.), who voted against the first version of the bill"),
    ("\u201cIt will be hard to finish on time,\u201d said a longtime data expert who has worked for two governors.",
     "who has worked for two governors"),
    ("\u201cThe tax never had a chance,\u201d said Mara Quinn, author of \u201cThe Long Ledger,\u201d a history of the tax.",
     "author of \u201cThe Long Ledger,\u201d a history of the tax"),
])
def test_the_speaker_described_after_an_inverted_frame_is_the_reporters_claim(text, described):
    [c] = attributed(text)
    assert c.cue.text == "said" and c.text.startswith("\u201c")
    assert described in reporter_texts(text)
    assert uncovered_words(text) == []


def test_a_quotation_resumed_after_the_description_is_still_the_speakers():
    text = "\u201cWe will win,\u201d said Ann Lee, a lawyer, \u201cand we will win soon.\u201d"
    assert [c.text for c in attributed(text)] == ["\u201cWe will win,\u201d", "\u201cand we will win soon.\u201d"]
    assert reporter_texts(text) == ["a lawyer"]


@pytest.mark.parametrize("text, mention, described", [
    ("The talks collapsed on Friday, according to a person who attended the meeting in Geneva.",
     "a person", "who attended the meeting in Geneva"),
    ("The tower was never finished, according to a lawsuit filed in Denver by two former partners of the firm.",
     "a lawsuit filed", "in Denver by two former partners of the firm"),
])
def test_a_source_after_according_to_is_described_to_the_end_of_the_sentence(text, mention, described):
    [c] = attributed(text)
    assert (c.cue.text, c.source.mention.text, c.text) == ("according to", mention, text.split(",")[0])
    assert reporter_texts(text) == [described]
    assert uncovered_words(text) == []


def test_a_passive_cue_in_the_speakers_description_is_no_attribution():
    text = "\u201cEverything depends on the bank,\u201d said a local official who was quoted in a magazine article."
    [c] = attributed(text)
    assert (c.source.mention.text, c.text) == ("a local official", "\u201cEverything depends on the bank,\u201d")
    assert reporter_texts(text) == ["who was quoted in a magazine article"]


def test_the_speaker_goes_on_after_a_description_that_reports_a_view():
    text = ("\u201cThe crowds are bigger than ever,\u201d said Rep. Tom Reyes (D-Ore.), a longtime ally who argued "
            "that turnout would decide the race. \u201cWe have never seen lines like this.\u201d")
    last = claims(text)[-1]
    assert last.text == "\u201cWe have never seen lines like this.\u201d"
    assert last.source.name == "Tom Reyes"


@pytest.mark.parametrize("text, content, reporter", [
    ("After a long and wet spring, more than 40,000 farmers are expected to plant late this year.",
     "more than 40,000 farmers are expected to plant late this year", ["After a long and wet spring"]),
    ("The vote is the first test for members who are expected to back the budget in March.",
     "who are expected to back the budget in March", ["The vote is the first test for members"]),
    ("The bridge reopened on Monday, though the repairs are thought to have cost far more than planned.",
     "the repairs are thought to have cost far more than planned", ["The bridge reopened on Monday"]),
    ("She is moving to Denver but is expected to keep her seat on the board.",
     "keep her seat on the board", ["She is moving to Denver"]),
])
def test_what_is_expected_or_thought_is_claimed_with_its_subject(text, content, reporter):
    [c] = attributed(text)
    assert (c.source.name, c.source.mention, c.text) == ("unnamed (agentless)", None, content)
    assert reporter_texts(text) == reporter
    assert uncovered_words(text) == []


def test_an_attribution_before_the_agentless_clause_keeps_its_source():
    text = ("The storm destroyed more than 1,200 homes, according to county estimates, although the real number "
            "is thought to be much higher.")
    first, second = attributed(text)
    assert (first.cue.text, first.source.mention.text, first.text) == (
        "according to", "county estimates", "The storm destroyed more than 1,200 homes")
    assert (second.source.name, second.text) == ("unnamed (agentless)", "the real number is thought to be much higher")
    assert reporter_texts(text) == []


def test_a_hedge_word_in_the_frame_is_in_the_reporters_voice():
    a = analyze("More than 40,000 farmers are believed to have planted late this year.")
    [f] = [f for f in a.flag_records if f.text == "are believed to"]
    assert f.voice == "reporter"


def test_an_impersonal_it_is_said_has_no_subject_to_take():
    text = "You can see for yourself that it was reported live on the evening news that night."
    [c] = attributed(text)
    assert (c.cue.text, c.text) == ("it was reported", "live on the evening news that night")


def test_a_heading_before_a_dash_and_a_colon_frame_is_the_reporters():
    text = ("FARM INCOMES FALL FOR A THIRD YEAR - Ann Lee: \u201cThe drought has cut yields across the whole "
            "region this summer.\u201d")
    [c] = attributed(text)
    assert (c.source.mention.text, c.cue.text) == ("Ann Lee", ":")
    assert reporter_texts(text) == ["FARM INCOMES FALL FOR A THIRD YEAR"]


@pytest.mark.parametrize("text, described", [
    ("Students who borrowed late in the decade may not be so lucky, according to Jane Doe, who advised the "
     "governor on loans.", "who advised the governor on loans"),
    ("The firm earned about $600 million last year in advisory fees, according to public filings, a huge sum "
     "for a firm with 35 partners.", "a huge sum for a firm with 35 partners"),
])
def test_after_a_whole_statement_what_follows_the_according_to_source_is_the_reporters(text, described):
    [c] = attributed(text)
    assert c.cue.text == "according to" and c.text == text.split(", according")[0]
    assert reporter_texts(text) == [described]


@pytest.mark.parametrize("text, described", [
    ("At least 40 people were killed, according to the Observatory, which relies on a network of activists.",
     "which relies on a network of activists"),
    ("Prices will rise, according to the bank, whose economists expect two more rate cuts.",
     "whose economists expect two more rate cuts"),
    ("Lee leads Park 46 to 43 percent, according to a Marist poll, which surveyed 1,200 voters.",
     "which surveyed 1,200 voters"),
])
def test_a_relative_clause_closing_the_sentence_after_a_short_statement_is_the_reporters(text, described):
    """A short statement too: the relative clause runs to the sentence's end, so no statement resumes after it."""
    [c] = attributed(text)
    assert c.cue.text == "according to" and c.text == text.split(", according")[0]
    assert reporter_texts(text) == [described]
    assert uncovered_words(text) == []


def test_a_statement_interrupted_by_according_to_still_resumes():
    text = "The problem, according to Dennis Ross, another former envoy, was a decision by the president."
    assert attributed(text)[-1].text.endswith("was a decision by the president")  # Ross's, not the reporter's
    assert not any("decision" in t for t in reporter_texts(text))


@pytest.mark.parametrize("text, described, resumed", [
    ("The problem, according to Jane Roe, who advised the campaign, was money.", "who advised the campaign",
     "was money"),
    ("The problem, according to Dennis Ross, another former envoy, was a decision by the president.",
     "another former envoy", "was a decision by the president"),
])
def test_the_sources_description_inside_an_interrupted_statement_is_the_reporters(text, described, resumed):
    """Before, the relative clause and the rest of the statement were lost, and the appositive was read as the
    source's words."""
    assert [c.text for c in attributed(text)] == ["The problem", resumed]
    assert reporter_texts(text) == [described]
    assert uncovered_words(text) == []


def test_an_interrupted_statement_with_its_own_clause_resumes_whole():
    text = "In Miami, the mayor said, the plan, which cost $2 billion, is dead."
    assert [c.text for c in attributed(text)] == ["In Miami", "the plan, which cost $2 billion, is dead"]


def test_a_referential_it_before_an_agentless_cue_keeps_the_frame_before_it():
    text = ("The mayor called on Sunday for a new budget as her party began campaigning for an election in which "
            "it is expected to win a third term.")
    first, second = attributed(text)
    assert (first.source.name, first.cue.text) == ("mayor", "called on")
    assert second.text == "which it is expected to win a third term"


@pytest.mark.parametrize("text, clause", [
    ("Two retired farmers who had just dropped their ballots into the box discussed how the vote would go.",
     "who had just dropped their ballots into the box"),
    ("A runner who ran three marathons before his knee gave out is already saying the race is too long.",
     "who ran three marathons before his knee gave out"),
])
def test_a_clause_restricting_the_source_before_its_cue_is_the_reporters(text, clause):
    [c] = attributed(text)
    assert c.source.mention.text.split()[-1] in ("farmers", "runner")
    assert clause in reporter_texts(text)


def test_a_cue_in_a_later_clause_leaves_the_relative_clause_alone():
    text = "A judge who gained national attention in 2009 when he said the law was void will retire."
    assert not any(t.startswith("who gained") for t in reporter_texts(text))


@pytest.mark.parametrize("text, subject", [
    ("By contrast, the city's pledge last month to hire almost 700 teachers by 2025, and an earlier plan to spend "
     "up to 40 million dollars on new schools by 2030 were warmly welcomed by parents.",
     "the city's pledge last month to hire almost 700 teachers by 2025, and an earlier plan to spend up to 40 "
     "million dollars on new schools by 2030"),
    ("In 2015, the new tax on sugary drinks in the county was strongly opposed by the beverage industry.",
     "the new tax on sugary drinks in the county"),
])
def test_a_passive_stance_is_about_the_whole_subject(text, subject):
    [c] = attributed(text)
    assert c.text == subject and c.source.rule.startswith(f"cue:{c.cue.text}/passive-by-agent")


def test_a_relative_pronoun_before_a_passive_stance_stays_the_subject():
    text = "The judge defeated her rival in April, who was backed by liberal groups across the state."
    assert not any(c.text.startswith("The judge") for c in attributed(text))


@pytest.mark.parametrize("text, head, subject", [
    ("The incumbent defeated state Appeals Court Judge Ann Lee, who was backed by liberal groups.",
     "The incumbent defeated state Appeals Court Judge Ann Lee", "who"),
    ("The manager's troubles began in earnest last spring, when he was accused by a former employee of fraud.",
     "The manager's troubles began in earnest last spring", "he"),
])
def test_the_main_clause_before_a_relative_or_when_clause_frame_is_the_reporters(text, head, subject):
    [c] = attributed(text)
    assert c.text == subject and c.cue.text in ("backed", "accused")
    [r] = [c for c in claims(text) if c.source.type == "reporter"]
    assert (r.text, r.source.rule) == (head, "reporter:own-clause-before-frame")


@pytest.mark.parametrize("text, content", [
    ("Police reported at least 20 victims at a nonprofit center that works with the disabled.",
     "at least 20 victims at a nonprofit center that works with the disabled"),
    ("The two camps agreed on creating a panel to examine party rules that could reduce the role of insiders.",
     "on creating a panel to examine party rules that could reduce the role of insiders"),
])
def test_a_relative_that_after_the_cue_does_not_open_the_content(text, content):
    [c] = attributed(text)
    assert c.text == content


def test_a_complement_that_after_a_time_phrase_still_opens_the_content():
    [c] = attributed("She said in an interview last week that she would run again.")
    assert c.text == "she would run again"


@pytest.mark.parametrize("text, before, aside, source, after", [
    ("The plant closed in May. The company lost money last year (about $40 million, according to analysts) "
     "and cut 200 jobs.", "The company lost money last year", "about $40 million", "analysts", "and cut 200 jobs."),
    ("The crowd had gathered by noon. Moments later (six minutes, according to the police timeline) the gunman "
     "opened fire.", "Moments later", "six minutes", "police timeline", "the gunman opened fire."),
])
def test_an_attributed_aside_is_its_sources_and_the_words_around_it_the_reporters(text, before, aside, source, after):
    """Before, the aside's cue took the reporter's words before it as content and lost the words after it."""
    got = [(c.text, c.source.name) for c in claims(text)][1:]
    assert got == [(before, "the reporter"), (aside, source), (after, "the reporter")]
    assert uncovered_words(text) == []


def test_an_aside_in_an_attributed_sentence_stays_in_the_content():
    text = "The plant closed in May. Officials said the firm lost money (about $40 million, according to analysts) last year."
    [c] = attributed(text)
    assert (c.source.name, c.text) == ("Officials", "the firm lost money (about $40 million, according to analysts) last year")
