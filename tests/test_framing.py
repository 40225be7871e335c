from pathlib import Path

import pytest

from verify import analyze
from verify.framing import find_flags
from verify.model import REPORTER, REPORTER_NAME, Claim, ClaimSource, Quantity

NEUTRAL = [line for line in (Path(__file__).parent / "data" / "neutral_sentences.txt").read_text(encoding="utf-8")
           .splitlines() if line.strip() and not line.startswith("#")]


def flagged(analysis):
    return {f.text: f for f in analysis.flag_records}


def assert_one_lexicon_flag(text, span):
    """The sentence has exactly one lexicon flag, on `span`, at its offsets in the text."""
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]
    assert [f.text for f in flags] == [span]
    assert text[flags[0].start:flags[0].end] == span


def test_seed_story_flags(seed_analysis):
    flags = flagged(seed_analysis)
    for words, category in [("so-called", "doubt"), ("extremist", "label"), ("deadly occupation", "loaded"),
                            ("foreign-backed", "sponsor"), ("many blame", "vague-attribution"),
                            ("dumped the corpses", "loaded"), ("In an indication of", "inference")]:
        assert words in flags, words
        assert flags[words].category == category
        assert flags[words].reason and flags[words].suggestion
    text = seed_analysis.text
    for f in seed_analysis.flag_records:
        assert text[f.start:f.end] == f.text


def test_seed_unattributed_697_is_flagged(seed_analysis):
    figures = [f for f in seed_analysis.flag_records if f.category == "unattributed-figure"]
    assert [f.text for f in figures] == ["697"]
    assert figures[0].voice == "reporter"


def test_geneva_line_has_no_flag_but_many_blame(seed_analysis):
    geneva = next(c for c in seed_analysis.claim_records if c.text.startswith("Peace talks"))
    geneva_sentence = [f for f in seed_analysis.flag_records
                       if seed_analysis.claim(f.claim_id).sentence == geneva.sentence]
    assert [f.text for f in geneva_sentence] == ["many blame"]


def test_voice_is_recorded_and_weighs_the_flag(seed_analysis):
    flags = flagged(seed_analysis)
    assert flags["deadly occupation"].voice == "reporter"
    assert flags["dumped the corpses"].voice == "attributed"
    assert flags["dumped the corpses"].weight < flags["deadly occupation"].weight
    assert "attributed" in flags["dumped the corpses"].reason


def test_quoted_words_are_marked_as_quoted():
    a = analyze('\u201cIt was a massacre,\u201d said one resident.')
    [f] = [f for f in a.flag_records if f.text == "massacre"]
    assert f.voice == "quoted" and f.weight < 1


def test_names_are_not_labels():
    a = analyze("Islamic State fighters entered the town. The Extremist Party held a rally.")
    assert "Extremist" not in flagged(a)


def test_loaded_said_synonym_only_as_a_reporting_verb():
    a = analyze("The minister admitted that the figures were wrong. He was admitted to hospital.")
    admitted = [f for f in a.flag_records if f.text == "admitted"]
    assert len(admitted) == 1 and admitted[0].category == "said-synonym" and admitted[0].suggestion == "said"


def test_scare_quotes_and_agentless_passive():
    a = analyze('The offensive was a \u201cliberation\u201d for the town. Five people were killed in the north.')
    flags = flagged(a)
    assert flags["\u201cliberation\u201d"].category == "doubt"
    assert flags["were killed"].category == "agentless-passive"


@pytest.mark.parametrize("text", [
    "Coun. Jennifer McKelvie said residents are \u201ctired and frustrated\u201d by the violence.",
    "Conservative Leader Pierre Poilievre dismissed the fund as \u201canother photo op.\u201d",
    "The government called it a \u201cliberation\u201d.",
])
def test_a_partial_quotation_of_the_source_is_not_a_scare_quote(text):
    assert [f for f in analyze(text).flag_records if f.rule == "scare-quotes"] == []


@pytest.mark.parametrize("marked", ["''fix''", "``fix''", "\u201cfix\u201d", '"fix"'])
def test_scare_quotes_in_every_quotation_mark_style(marked):
    a = analyze(f"The plan was sold as a {marked} for the deficit.")
    [f] = [f for f in a.flag_records if f.rule == "scare-quotes"]
    assert f.text == marked


def test_unattributed_figure_needs_a_reporter_claim():
    text = "Twelve people died. Police said 12 people died."
    claims = [
        Claim("c001", "claim", 0, 19, text[0:19], ClaimSource(REPORTER_NAME, REPORTER)),
        Claim("c002", "claim", 32, 46, text[32:46], ClaimSource("Police", "organization")),
    ]
    quantities = [Quantity("q1", 0, 6, "Twelve", 12, 12, 12, event="died", claim_id="c001"),
                  Quantity("q2", 32, 34, "12", 12, 12, 12, event="died", claim_id="c002")]
    flags = [f for f in find_flags(text, claims, quantities) if f.category == "unattributed-figure"]
    assert [(f.text, f.claim_id) for f in flags] == [("Twelve", "c001")]


@pytest.mark.parametrize("sentence", NEUTRAL)
def test_no_flag_on_neutral_newswire(sentence):
    assert [(f.text, f.rule) for f in analyze(sentence).flag_records] == []


def test_neutral_suite_is_big_enough():
    assert len(NEUTRAL) >= 60


def _rules(text):
    return [(f.text, f.rule) for f in analyze(text).flag_records]


@pytest.mark.parametrize("text, word", [
    ("The terrorists fled across the border.", "terrorists"),
    ("The Assad regime shelled the town.", "regime"),
    ("The alleged hero has not been photographed.", "alleged"),
    ("The allegedly independent panel met on Tuesday.", "allegedly"),
    ("The senator is a fraud.", "fraud"),
    ("The new law is meant to remove corrupt politicians.", "corrupt"),  # not "Voters want ...": their wish, attributed
])
def test_contentious_words_in_their_loaded_use(text, word):
    assert any(word in t for t, _ in _rules(text)), _rules(text)


@pytest.mark.parametrize("text", [
    "The State Department designated the group a terrorist organization in 2019.",  # a designation
    "Washington has long pursued regime change in the country.",  # the name of a policy
    "Inspectors said the sanctions regime had been tightened.",  # regime = system of rules
    "\u201cThe regime must fall,\u201d she said.",  # a label already attributed to its speaker
    "Police said the alleged gunman was arrested on Monday.",  # legal use
    "Prosecutors alleged that he had taken bribes.",  # the verb
    "He allegedly stabbed a neighbour, police said.",  # an unproven criminal act
    "He was charged with wire fraud in 2012.",  # the offence
    "Investigators traced the corrupt payments to a bank in Cyprus.",  # the offence
    "Refugees fleeing persecution applied for asylum.",  # refugee law term
    "The building was destroyed by fire overnight.",
])
def test_contentious_words_in_descriptive_use_are_not_flagged(text):
    assert [r for _, r in _rules(text) if r.startswith("lexicon:")] == []


def test_ptc_lexical_score_leaves_out_scare_quotes_but_keeps_the_flag(tmp_path):
    from verify.evaluate.ptc import evaluate_dir, is_lexical
    text = 'Title\n\nThe plan was sold as a \u201cfix\u201d by reckless officials.\n'
    a = analyze(text)
    scare = [f for f in a.flag_records if f.rule == "scare-quotes"]
    reckless = [f for f in a.flag_records if f.rule == "lexicon:reckless"]
    assert scare and scare[0].category == "doubt" and not is_lexical(scare[0])
    assert reckless and is_lexical(reckless[0])
    (tmp_path / "articles").mkdir()
    (tmp_path / "labels").mkdir()
    (tmp_path / "articles" / "article1.txt").write_text(text, encoding="utf-8")
    s = text.index("reckless")
    (tmp_path / "labels" / "article1.task2-TC.labels").write_text(f"1\tLoaded_Language\t{s}\t{s + 8}\n", encoding="utf-8")
    report = evaluate_dir(tmp_path)
    assert report["lexical"]["predicted"] == len([f for f in a.flag_records if is_lexical(f)])
    assert report["all"]["predicted"] == len(a.flag_records)


@pytest.mark.parametrize("text, span", [
    ("It was an extremely reckless gamble.", "extremely reckless gamble"),  # intensifier + modifier + head noun
    ("It was a reckless gamble.", "reckless gamble"),
    ("The Iranian regime denied it.", "Iranian regime"),  # a modifier before a label
    ("The terrorists fled across the border.", "terrorists"),  # a label does not take the verb after it
    ("The plan was reckless.", "reckless"),  # nothing after it to take in
    ("He called it reckless and the rest agreed.", "reckless"),  # function words are not taken in
])
def test_one_word_flags_cover_the_phrase_they_sit_in(text, span):
    lexical = [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:") and f.category != "intensifier"]
    assert lexical == [span]


@pytest.mark.parametrize("text, span", [
    ("Critics attacked the bumbling FBI over the delay.", "bumbling FBI"),  # an acronym is the noun modified
    ("She joined the vicious NRA campaign against the law.", "vicious NRA campaign"),  # and the noun after it
    ("Critics mocked the ignorant Vatican advisers.", "ignorant Vatican advisers"),  # a name used as a modifier
    ("Voters thought the reckless Smith deserved it.", "reckless"),  # a name followed by its verb is not taken in
    ("Critics blasted Smith's plan on Monday.", "blasted"),  # a possessive name is no modifier of the flag's noun
])
def test_a_modifier_takes_the_acronym_or_named_noun_it_modifies(text, span):
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:") and f.category != "intensifier"]
    assert [f.text for f in flags] == [span]
    assert text[flags[0].start:flags[0].end] == span


@pytest.mark.parametrize("text, span", [
    ("The ruling set off a firestorm of outrage across the state.", "firestorm of outrage"),
    ("His campaign was built on a foundation of lies.", "foundation of lies"),  # the noun before "of" is the head
    ("They held two days of unprecedented talks in Oslo.", "unprecedented talks"),  # a modified noun keeps its start
    ("The minister said of traitors that they would pay.", "traitors"),  # a reporting verb is no head noun
    ("He pointed to a legacy of bigotry in the party.", "legacy of bigotry"),  # a function word after the noun
])
def test_a_bare_loaded_noun_takes_the_noun_it_is_of(text, span):
    assert_one_lexicon_flag(text, span)


@pytest.mark.parametrize("text, span", [
    ("The new rules are even more absurd than the old ones.", "even more absurd"),  # a comparative and its degree
    ("Her answer was far more reckless.", "far more reckless"),
    ("The mayor is less corrupt than his rival.", "less corrupt"),
    ("The verdict horrified us all.", "horrified us"),  # a loaded verb and its object pronoun
    ("The photos shocked her readers.", "shocked"),  # 'her' may be a possessive: not taken in
])
def test_a_flag_takes_its_comparative_and_its_object_pronoun(text, span):
    assert_one_lexicon_flag(text, span)


@pytest.mark.parametrize("text, span", [
    ("The council met again. May the scheme rot in hell! Nobody agreed.", "May the scheme rot in hell!"),
    ("Voters were told to wait. Do they take us for fools? The mayor did not answer.", "Do they take us for fools?"),
    ("Why did the council approve such a reckless plan last year?", "reckless plan"),  # a longer question: the phrase
    ("The council met. It was simply a reckless plan. Nobody agreed.", "reckless plan"),  # a statement: three words at most
])
def test_a_short_exclamation_or_question_is_flagged_whole(text, span):
    assert_one_lexicon_flag(text, span)


@pytest.mark.parametrize("text, span", [
    ("It is a ludicrous theory he's pushed for years.", "ludicrous theory"),  # "he's" opens the next clause
    ("She called it a shameful history they'd rather forget.", "shameful history"),
])
def test_a_contracted_function_word_ends_the_flag(text, span):
    assert_one_lexicon_flag(text, span)


@pytest.mark.parametrize("text, span", [
    ("The report repeated baseless claims about the vote.", "baseless claims"),  # a doubt adjective and its noun
    ("They signed phony deals with the firm.", "phony deals"),
    ("Officials called the figures dubious.", "dubious"),  # nothing after it to take in
    ("The supposedly independent panel met on Friday.", "supposedly"),  # a doubt adverb stays a word
])
def test_a_doubt_adjective_takes_the_noun_it_doubts(text, span):
    flags = [f for f in analyze(text).flag_records if f.category == "doubt" and f.rule.startswith("lexicon:")]
    assert [f.text for f in flags] == [span]
    assert text[flags[0].start:flags[0].end] == span


@pytest.mark.parametrize("text, span", [
    ("It was the worst decision of his career.", "the worst decision"),  # a superlative with its article
    ("She called it the most reckless budget in years.", "the most reckless budget"),
    ("She called it a reckless budget.", "reckless budget"),  # other flags leave the article out
])
def test_a_superlative_flag_takes_its_article(text, span):
    assert_one_lexicon_flag(text, span)


@pytest.mark.parametrize("text, span", [
    ("They vowed to defy the court and violently remove the judge.", "violently remove"),  # 'court and' ends a phrase
    ("He spoke outspokenly and flagrantly against them.", "outspokenly and flagrantly"),  # two adverbs pair up
])
def test_an_adverb_flag_pairs_only_with_an_adverb_before_and(text, span):
    assert_one_lexicon_flag(text, span)


def test_general_emotive_lexicon_flags_judgement_words_with_reason_and_suggestion():
    from verify.framing import LEXICON_FILES
    assert "emotive_terms.csv" in LEXICON_FILES
    a = analyze("It was a nasty, creepy campaign.")
    flags = {f.rule: f for f in a.flag_records}
    for rule in ("lexicon:nasty", "lexicon:creepy"):
        assert flags[rule].category == "loaded" and "emotive" in flags[rule].reason and flags[rule].suggestion


@pytest.mark.parametrize("text", [
    "He allegedly stabbed a neighbour, police said.",  # a crime reported as fact, not an emotive judgement
    "Health officials reported a rise in flu cases this winter.",
    "The candidate's campaign said it was confident of victory.",
    "Economists say the tax discourages new construction.",  # a policy's effect, not a feeling
])
def test_general_emotive_lexicon_leaves_out_ordinary_news_words(text):
    assert [f.text for f in analyze(text).flag_records if f.category == "loaded"] == []


@pytest.mark.parametrize("text, span", [
    ("He is the worst president in American history.", "the worst president in American history"),
    ("It was the biggest arms sale ever.", "the biggest arms sale ever"),
    ("The probe flew farther from Earth than any spacecraft in history.", "than any spacecraft in history"),
])
def test_superlative_stretched_to_all_time_is_hyperbole(text, span):
    flags = [f for f in analyze(text).flag_records if f.rule == "hyperbole"]
    assert [f.text for f in flags] == [span] and flags[0].category == "intensifier" and flags[0].suggestion


@pytest.mark.parametrize("text", [
    "The company reported its highest quarterly profit this year.",  # a superlative without 'ever'
    "She studied history at the largest university in the state.",  # 'history' the subject
    "Interest rates were the lowest since 2009.",
])
def test_plain_superlatives_are_not_hyperbole(text):
    assert [f.text for f in analyze(text).flag_records if f.rule == "hyperbole"] == []


@pytest.mark.parametrize("text, span", [
    ("It ended years of so-called \u201cstrategic patience\u201d with the North.", "so-called \u201cstrategic patience\u201d"),
    ("The plan relies on so-called clean coal.", "so-called clean coal"),
    ("Fighters of the so-called Syrian Observatory were cited.", "so-called"),  # a name after it stays out
])
def test_doubt_modifier_covers_the_doubted_term(text, span):
    assert [f.text for f in analyze(text).flag_records if f.rule == "lexicon:so-called"] == [span]


@pytest.mark.parametrize("text, span", [
    ("The senator and his lackeys ignored the report.", "lackeys"),
    ("Critics called them paid shills.", "shills"),
])
def test_name_calling_nouns(text, span):
    assert [f.text for f in analyze(text).flag_records if f.category == "label"] == [span]


def test_mafia_as_a_name_is_not_a_label():
    assert [f for f in analyze("The Mafia boss was arrested in Palermo.").flag_records if f.category == "label"] == []


@pytest.mark.parametrize("text, span", [
    ("The cleric told followers to shun the infidels.", "infidels"),
    ("The arch-conservative senator blocked the bill.", "arch-conservative senator"),
    ("The plan was nothing more than a stunt.", "nothing more than"),
    ("The claim is utterly false.", "utterly false"),
])
def test_name_calling_and_exaggeration_phrases(text, span):
    assert span in [f.text for f in analyze(text).flag_records]


@pytest.mark.parametrize("text", [
    "The far-right party won 12 seats in the election.",  # a descriptive position, tested and left out
    "Parliament passed an amnesty for tax offenders.",
    "The mainstream media covered the summit.",
])
def test_descriptive_political_terms_are_not_labels(text):
    assert [f.text for f in analyze(text).flag_records if f.category in ("label", "loaded")] == []


@pytest.mark.parametrize("text, expected", [
    ("The software is useless unless it is updated.", ["useless"]),  # a conjunction is not taken in
    ("Dick Dever was listed as a delegate.", []),  # a capitalised word opening a name
    ("Savage Garden played two encores.", []),
    ("Ugly election enters its final week.", ["Ugly election"]),  # sentence-initial, not a name
])
def test_widening_stops_at_function_words_and_names_are_not_flagged(text, expected):
    assert [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == expected


def test_a_headline_figure_is_not_an_unattributed_figure():
    text = ("Floods kill dozens in southern Brazil\n\n"
            "Floods have killed at least 39 people in southern Brazil, local authorities said on Friday. "
            "Another 12 people were killed in landslides overnight.\n")
    figures = [f.text for f in analyze(text).flag_records if f.category == "unattributed-figure"]
    assert figures == ["12"]


def test_a_first_sentence_is_not_taken_for_a_headline():
    text = "At least 12 people were killed in landslides overnight.\n\nRescuers are searching for more.\n"
    assert [f.text for f in analyze(text).flag_records if f.category == "unattributed-figure"] == ["At least 12"]


@pytest.mark.parametrize("text, span, category", [
    ("Critics called the professor a crackpot.", "crackpot", "label"),  # an insult
    ("He met the despotic ruler in the capital.", "despotic ruler", "label"),
    ("She dismissed the group as warmongers.", "warmongers", "label"),
    ("The columnist praised the nefarious scheme.", "nefarious scheme", "loaded"),  # conduct judged as character
    ("The mayor gave a long tirade about parking.", "tirade", "loaded"),  # speech belittled
    ("The senator lambasted the budget on Monday.", "lambasted", "loaded"),  # criticism dramatised
    ("Opponents called it appeasement.", "appeasement", "loaded"),  # a concession framed as surrender
    ("The theory is pure hogwash.", "pure hogwash", "loaded"),  # a dismissal by insult
    ("The storm did untold damage.", "untold damage", "intensifier"),  # a number left out
])
def test_general_loaded_words_of_english(text, span, category):
    flags = {f.text: f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")}
    assert span in flags, flags
    assert flags[span].category == category and flags[span].reason and flags[span].suggestion


@pytest.mark.parametrize("text, span", [
    ("Agents ran a botched raid on the farm.", "botched raid"),
    ("The plan is a misguided effort.", "misguided effort"),
    ("The group tried to foment unrest.", "foment unrest"),
    ("The senator excoriated the agency.", "excoriated"),
    ("The ruling was an utter disgrace.", "utter disgrace"),  # the adjective, not the verb 'utter a word'
    ("Voters are tired of empty rhetoric.", "empty rhetoric"),
    ("He is a self-avowed socialist.", "self-avowed socialist"),  # a doubt modifier covers its term
])
def test_loaded_judgements_and_intensifiers(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


@pytest.mark.parametrize("text, span", [
    ("\u201cIt was a shocking decision,\u201d the coach said.", "shocking decision"),
    ("\u201cThe cuts are absolutely unfair,\u201d she said.", "absolutely unfair"),
])
def test_judgement_words_in_a_quotation_are_flagged_as_the_speakers(text, span):
    flags = {f.text: f for f in analyze(text).flag_records}
    assert span in flags and flags[span].voice == "quoted" and flags[span].weight < 1


@pytest.mark.parametrize("text, span", [
    ("The verdict was a travesty of justice.", "travesty of justice"),  # a loaded noun keeps what it is of
    ("The plan was unusually reckless.", "unusually reckless"),  # an adverb joins the word it modifies
    ("It was complete nonsense.", "complete nonsense"),  # 'complete' as an intensifier
    ("Her family reckless driving case was heard.", "reckless driving"),  # 'family' is not an adverb
])
def test_flags_take_in_adverbs_intensifiers_and_of_phrases(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


@pytest.mark.parametrize("text, span", [
    ("Columnists called the minister a dimwit.", "dimwit"),  # an insult
    ("The board gave an obsequious reply.", "obsequious reply"),  # servility as a charge
    ("The hearing became a media circus.", "media circus"),  # derision
    ("The bill drew fierce criticism.", "fierce criticism"),  # not 'fierce winds'
    ("Greedy landlords raised the rent.", "Greedy landlords"),
])
def test_derision_and_contempt_words(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


@pytest.mark.parametrize("text, span", [
    ("The majority rammed through the bill.", "rammed through"),  # force metaphor for a vote
    ("He faces trumped-up charges.", "trumped-up charges"),  # fabrication charged as fact
    ("It was a hare-brained scheme.", "hare-brained scheme"),  # a dismissed plan
    ("The promise rings hollow.", "rings hollow"),
    ("Fans hailed a game-changing deal.", "game-changing deal"),  # exaggeration
    ("The senator is a devious operator.", "devious operator"),  # character insult
])
def test_force_metaphors_charges_and_dismissals(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


@pytest.mark.parametrize("text, span", [
    ("The mayor called his rivals carpetbaggers.", "carpetbaggers"),  # a label for people
    ("Only a wacko would believe it.", "wacko"),  # an insult
    ("The memo is self-serving nonsense.", "self-serving nonsense"),  # a motive stated as fact
    ("He dismissed the report as psychobabble.", "psychobabble"),  # a dismissal by insult
    ("The rules stifle debate.", "stifle debate"),  # a restriction dramatised
])
def test_insults_motives_and_dismissals(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


@pytest.mark.parametrize("text, span", [
    ("The fine was a slap on the wrist.", "slap on the wrist"),  # minimisation
    ("The remarks were beyond the pale.", "beyond the pale"),  # exaggeration idiom
    ("Bleeding-heart liberals backed the plan.", "Bleeding-heart"),  # a political nickname
    ("The storm ravaged the coast.", "ravaged"),
])
def test_idioms_of_exaggeration_and_political_nicknames(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


@pytest.mark.parametrize("text, span", [
    ("The debt is a ticking time bomb.", "ticking time bomb"),  # an appeal to fear
    ("Migrants are pouring into the city.", "pouring into"),  # a flood metaphor for people
    ("Critics said the plan would create a police state.", "police state"),
])
def test_appeals_to_fear_and_metaphors_of_oppression(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


def test_a_question_the_reporter_put_is_no_vague_attribution():
    a = analyze("Asked about the talks on Tuesday, she said only that progress was being made. Many believe the deal is close.")
    assert [(f.text, f.category) for f in a.flag_records] == [("Many believe", "vague-attribution")]


@pytest.mark.parametrize("text, flagged", [
    ("He was held without a goal in five games.", []),
    ("Police detained 30 overnight.", ["30"]),
    ("Three were wounded.", ["Three"]),
])
def test_an_unattributed_figure_counts_people_not_things(text, flagged):
    assert [f.text for f in analyze(text).flag_records if f.category == "unattributed-figure"] == flagged


def test_lexicon_stems_are_long_enough_for_the_matcher():
    from verify.framing import _SHORTEST_STEM, lexicon_rules
    assert min(len(stem) for stem in lexicon_rules()[1]) >= _SHORTEST_STEM


def test_lexicon_patterns_can_be_joined_into_one_alternation():
    """_first_of joins a word's candidate patterns into one: they must have no groups and the same flags."""
    from verify.framing import lexicon_rules
    exact, stems = lexicon_rules()
    patterns = [regex for rules in exact.values() for regex, _row in rules]
    patterns += [regex for rules in stems.values() for _order, (regex, _row) in rules]
    assert all(p.groups == 0 for p in patterns)
    assert len({p.flags for p in patterns}) == 1


def test_the_first_term_that_matches_at_a_word_wins_longest_first():
    """Several terms open on "the": the longest that matches is the one flagged, as with one pattern per term."""
    from verify.framing import _lexicon_matches
    text = "The fact of the matter is we lost. The fact is plain. The truth is out. In a sign of hope, the likes ran."
    found = [(text[s:e], row["term"]) for s, e, row in _lexicon_matches(text)]
    assert ("The fact of the matter is", "the fact of the matter is") in found
    assert ("The fact is", "the fact is") in found
    assert ("The truth is", "the truth is") in found
    assert ("In a sign of", "in a sign of") in found
    assert not any(term == "the likes of which" for _t, term in found)


def test_a_contentious_designation_is_flagged_at_its_first_use_with_the_count():
    text = ("The regime denied the report. Officials of the regime met on Monday. "
            "The regime later issued a statement. The crackpot theory spread.")
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]
    regime = [f for f in flags if f.rule == "lexicon:regime"]
    assert len(regime) == 1 and regime[0].start == text.index("regime")
    assert "used 3 times" in regime[0].reason
    assert [f.text for f in flags if f.category == "label" and f.rule != "lexicon:regime"] == ["crackpot"]  # as before


def test_a_designation_used_once_keeps_its_plain_reason():
    [f] = [f for f in analyze("The terrorists fled across the border.").flag_records if f.category == "label"]
    assert "times" not in f.reason


def test_a_contentious_designation_is_a_secondary_flag_left_out_of_the_ptc_score():
    from verify.evaluate.ptc import is_lexical
    from verify.framing import secondary
    text = "The regime jailed the crackpot preacher on Monday, and its officials deported the illegal aliens."
    flags = {f.text: f for f in analyze(text).flag_records}
    for span in ("regime", "illegal aliens"):
        f = flags[span]
        assert f.voice == "reporter" and f.weight == 0.5 and secondary(f) and not is_lexical(f)
        assert text[f.start:f.end] == span
    crackpot = flags["crackpot"]
    assert crackpot.weight == 1.0 and not secondary(crackpot) and is_lexical(crackpot)
    quoted = [f for f in analyze('\u201cIt was a massacre,\u201d said one resident.').flag_records
              if f.rule == "lexicon:massacre*"]
    assert [(f.text, f.voice, f.weight) for f in quoted] == [("massacre", "quoted", 0.15)]


@pytest.mark.parametrize("text, span", [
    ("The official story is ridiculous and illogical.", "ridiculous and illogical"),  # a pair of judgements
    ("He spent years plotting and scheming.", "plotting and scheming"),
    ("The Cardinal knows this is moral and canonical nonsense.", "moral and canonical nonsense"),  # the word before
    ("The plan was reckless and the rest agreed.", "reckless"),  # a function word after 'and' is not a conjunct
])
def test_a_flag_takes_in_the_word_joined_to_it_by_and(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


@pytest.mark.parametrize("text, span", [
    ("It was a disastrous economic policy.", "disastrous economic policy"),  # a modifier after it takes its noun
    ("The toxic political climate grew worse.", "toxic political climate"),
    ("Critics attacked Obama's reckless appeasement of Tehran.", "reckless appeasement"),  # not the owner's name
    ("The city became a cesspool of political corruption.", "cesspool of political corruption"),  # of + modifier
    ("Yesterday Trump berated the country.", "berated"),  # a name before a verb is its subject
    ("North Korea desperately needs hard currency.", "desperately needs"),  # and before an adverb
])
def test_a_flag_takes_in_a_modifier_and_its_noun_but_not_a_possessive_name(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


def test_alleged_as_a_reporting_verb_is_no_doubt_flag():
    assert [f.text for f in analyze("Karen Monahan alleged in August that he had pushed her.").flag_records] == []


@pytest.mark.parametrize("text, flagged", [
    ("The so-called reform was passed on Monday.", True),  # the paper's own distance
    ("\u201cThis so-called reform will fail,\u201d the senator said.", False),  # the speaker's distance
    ("He said the self-styled expert had been wrong before.", False),
])
def test_distancing_doubt_words_are_flagged_in_the_reporters_voice(text, flagged):
    assert any(f.category == "doubt" for f in analyze(text).flag_records) == flagged


@pytest.mark.parametrize("text, span", [
    ("Critics were stunned. This is outrageous! The vote went ahead.", "This is outrageous!"),  # its mark too
    ("\u201cUtterly shameful.\u201d", "Utterly shameful"),
    ("The plan was reckless and costly.", "reckless and costly"),  # a longer sentence: the phrase only
])
def test_a_flag_in_a_sentence_of_three_words_covers_the_sentence(text, span):
    assert span in [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]


@pytest.mark.parametrize("text, flagged", [
    ("The boy, who was fatally shot in 2012 by a neighbourhood watch volunteer, was 17.", []),
    ("Three people were killed in the village on Friday.", ["were killed"]),
])
def test_a_casualty_passive_with_its_agent_after_a_place_or_time_is_not_agentless(text, flagged):
    assert [f.text for f in analyze(text).flag_records if f.category == "agentless-passive"] == flagged


@pytest.mark.parametrize("text, flagged", [
    ("He blasted out a new robocall touting the candidate.", []),
    ("Clinton blasted the plan as reckless.", ["blasted"]),
])
def test_blasted_out_is_sending_not_criticism(text, flagged):
    assert [f.text for f in analyze(text).flag_records if f.rule == "lexicon:blasted"] == flagged


def test_an_adverb_after_a_flag_is_left_to_the_verb_after_it():
    text = "Obama's diagnosis of the nation's political failings inevitably called to mind the promise of reform."
    assert [f.text for f in analyze(text).flag_records if f.rule == "lexicon:failings"] == ["political failings"]


@pytest.mark.parametrize("text, flagged", [
    ("He just can't seem to convince the voters in the state.", []),
    ("Critics say the plan will fail.", ["Critics say"]),
])
def test_a_hedged_impression_is_no_weasel_attribution(text, flagged):
    assert [f.text for f in analyze(text).flag_records if f.category == "vague-attribution"] == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Two days after the Riverside massacre, the town held a vigil.", None),  # the event's common name
    ("Survivors of the massacre gave evidence on Monday.", None),  # a known event, named with "the"
    ("Footage of the March 3 massacre was shown in court.", None),  # named by its date
    ("Soldiers massacred dozens of villagers, residents said.", "massacred"),  # the verb frames the killing
    ("It was a massacre of unarmed men.", "massacre"),
])
def test_massacre_as_the_name_of_a_known_event_is_not_flagged(text, flagged):
    flags = [f for f in analyze(text).flag_records if f.rule == "lexicon:massacre*"]
    if flagged is None:
        assert flags == []
    else:
        [f] = flags
        assert flagged in f.text and f.start <= text.index(flagged) and f.category == "loaded"


@pytest.mark.parametrize("text, flagged", [
    ("The suspect supposedly met the buyer in a car park.", False),  # a hedge on an account of events, like allegedly
    ("The mayor had supposedly already signed the order.", False),
    ("The supposedly independent review was paid for by the company.", True),  # doubt cast on a description
])
def test_supposedly_doubts_a_description_not_an_account_of_events(text, flagged):
    assert any(f.rule == "lexicon:supposedly" for f in analyze(text).flag_records) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Radicals stormed the meeting and shouted down the speakers.", True),  # a label for people
    ("The party called for radical reform of the tax code.", False),  # a position far from the mainstream
])
def test_radicals_is_a_label_radical_a_description(text, flagged):
    labels = [f for f in analyze(text).flag_records if f.category == "label"]
    assert bool(labels) == flagged and all("adicals" in f.text and f.rule == "lexicon:radicals" for f in labels)


@pytest.mark.parametrize("text, flagged", [
    ("The ruling was a crushing blow to the union.", True),  # an emotive intensifier
    ("Troops spent the week crushing the revolt in the east.", False),  # the plain verb before its object
])
def test_crushing_as_an_intensifier_not_as_a_verb(text, flagged):
    flags = [f for f in analyze(text).flag_records if f.rule == "lexicon:crushing"]
    assert bool(flags) == flagged and all(f.text.startswith("crushing") for f in flags)


@pytest.mark.parametrize("text, flagged", [
    ("Police said the terrorist attack was planned for months.", False),  # the act named by its type
    ("The terrorists fled across the border.", True),
])
def test_terrorist_attack_describes_an_act(text, flagged):
    assert any(f.rule == "lexicon:terrorist*" for f in analyze(text).flag_records) == flagged


def test_reputation_words_are_not_flagged():
    text = "The infamous treaty was signed in 1938. The notorious gang leader was jailed for life."
    assert [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == []


@pytest.mark.parametrize("text, word", [
    ("The scheme was stamped out within a year.", "stamped out"),  # force metaphors
    ("Officials were caught red-handed moving the files.", "red-handed"),
    ("His death remains shrouded in mystery.", "shrouded in mystery"),
    ("The strike brought the port to a screeching halt.", "screeching halt"),
    ("The ruling could throw a wrench into the talks.", "throw a wrench"),
    ("Critics called the inquiry a bad joke.", "bad joke"),
    ("The campaign came to an ignominious end.", "ignominious"),
    ("He was gobsmacked by the verdict.", "gobsmacked"),
    ("The columnist mocked the milquetoast response.", "milquetoast"),
    ("The letter will scandalize many readers.", "scandalize"),
    ("The article called them hate preachers.", "hate preachers"),
    ("Its neighbour became a vassal state.", "vassal"),
])
def test_loaded_idioms_of_force_contempt_and_drama(text, word):
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:") and word in f.text]
    assert flags and flags[0].category in ("loaded", "label") and flags[0].reason and flags[0].suggestion


@pytest.mark.parametrize("text, span", [
    ("The official account is full of holes.", "full of holes"),  # dismissal without saying what is wrong
    ("The timeline just doesn't add up.", "doesn't add up"),
    ("The missing footage makes one wonder who else was there.", "makes one wonder"),
    ("One can only speculate about the motive.", "can only speculate"),
    ("Interestingly, the report was released on a Friday night.", "Interestingly"),  # the writer's aside
    ("The vote was anything but fair.", "anything but"),  # ironic denial of a description
])
def test_insinuating_doubt_phrases(text, span):
    flags = [f for f in analyze(text).flag_records if f.category == "doubt" and span in f.text]
    assert flags and flags[0].rule.startswith("lexicon:") and flags[0].suggestion


def test_loaded_words_in_a_title_case_headline_are_flagged():
    text = "Mayor Slams Disgraceful Verdict In Fraud Case\n\nThe mayor criticised the verdict on Monday.\n"
    flags = [f for f in analyze(text).flag_records if f.rule == "lexicon:disgraceful"]
    assert flags and "Disgraceful" in flags[0].text and flags[0].end <= text.index("\n")


@pytest.mark.parametrize("text", [
    "Concert Goes Ahead In The Rain\n\nThe Savage Garden concert went ahead on Monday.\n",  # a name in the body
    "Disgraceful Verdict\n",  # a line with nothing after it is no headline
])
def test_capitalised_words_outside_a_title_case_headline_stay_names(text):
    assert [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == []


@pytest.mark.parametrize("text, word", [
    ("The minister's pusillanimous response angered his allies.", "pusillanimous"),  # judgements of character
    ("It was a repulsive display of contempt.", "repulsive"),
    ("The board proved indecisive and weak.", "indecisive"),
    ("Nary a word was said about the cost.", "Nary"),  # exaggeration
    ("Not one iota of evidence was offered.", "iota"),
    ("They vowed to exterminate their rivals.", "exterminate"),  # dehumanising verb
    ("The bishops were called episcopal bullies.", "bullies"),  # pejorative labels
    ("The wayward senator broke with his party again.", "wayward"),
])
def test_judgements_of_character_and_dehumanising_words(text, word):
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:") and word in f.text]
    assert flags and flags[0].category in ("loaded", "label", "intensifier") and flags[0].suggestion


def test_a_sentence_opening_after_a_closing_quotation_mark_is_no_name():
    text = "The minister said it was \u201cover.\u201d Disgraceful conduct went unpunished, critics replied."
    assert any(f.rule == "lexicon:disgraceful" for f in analyze(text).flag_records)


@pytest.mark.parametrize("text, word", [
    ("The council continued to drag its feet on the repairs.", "drag its feet"),  # idioms imputing motive
    ("The party is under his thumb.", "under his thumb"),
    ("They are forcing the plan down our throats.", "down our throats"),
    ("The column hit the nail on the head.", "nail on the head"),
    ("Critics should not jump to conclusions about the fire.", "jump to conclusions"),
    ("Bloggers called the attack a false flag.", "false flag"),
    ("He dared to question the verdict.", "dared"),
])
def test_idioms_that_impute_motive_or_insinuate(text, word):
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:") and word in f.text]
    assert flags and flags[0].category in ("loaded", "doubt") and flags[0].suggestion


def test_hidden_from_the_public_is_a_charge_of_concealment():
    flags = [f for f in analyze("The report has been hidden from the public for years.").flag_records
             if f.rule == "lexicon:hidden from"]
    assert flags and flags[0].category == "doubt" and "hidden from" in flags[0].text


@pytest.mark.parametrize("text, flagged", [
    ("He faces terrorism charges in two countries.", False),  # the legal term: a charge, a law, an inquiry
    ("The group was accused of supporting terrorism abroad.", False),  # the designation "supports terrorism"
    ("Terrorism has come to the quiet suburbs.", True),  # the reporter's own label
])
def test_terrorism_as_a_legal_term_is_not_a_label(text, flagged):
    assert any(f.rule == "lexicon:terrorism" for f in analyze(text).flag_records) == flagged


@pytest.mark.parametrize("text, word", [
    ("The agency took a schizophrenic approach to the rules.", "schizophrenic"),  # illness as an insult
    ("She passionately defended the plan.", "passionately"),
    ("Irony of ironies, the reform made things worse.", "Irony of ironies"),
])
def test_illness_as_insult_and_emotive_emphasis(text, word):
    assert any(word in f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:"))


@pytest.mark.parametrize("text, span", [
    ("The council says the budget is balanced. Is it really balanced?", "Is it really balanced?"),
    ("After three years of delays and cost overruns, is that really a success?", "is that really a success?"),
    ("What exactly did the ministry expect voters to believe?", "What exactly did the ministry expect voters to believe?"),
    ("Are the U.S. forces in the region really ready for that?", "Are the U.S. forces in the region really ready for that?"),
    ("The fund was emptied. What on earth happened to the money?", "What on earth happened to the money?"),
])
def test_a_rhetorical_question_in_the_reporters_voice_is_a_doubt_flag(text, span):
    flags = [f for f in analyze(text).flag_records if f.rule == "rhetorical-question"]
    assert [f.text for f in flags] == [span]
    f = flags[0]
    assert text[f.start:f.end] == span and f.category == "doubt" and f.voice == "reporter"
    assert f.reason == "a rhetorical question in the reporter's voice"
    assert f.suggestion == "state the fact or attribute the doubt"


# Questions that are reporting, not insinuation: a quoted question is the speaker's, a transcript's the
# interviewer's, a plain question asks for information, and a question a source answers was put to the source.
NEUTRAL_QUESTIONS = [
    "\u201cIs it really over?\u201d she asked reporters on Monday.",
    "The minister asked, \u201cHave we ever seen a budget like this?\u201d",
    "Q: Have you ever met the governor?\nA: Once, at a dinner in 2015.",
    "HOST: Did you really expect the vote to pass?\nSMITH: We did, yes.",
    "What happens now? The council will vote again in May.",
    "Did the city ever pay the fee? The mayor said it had not.",
    "The question is whether the plan will ever be approved.",
    "Who will pay for the new bridge? Officials said the state would cover half.",
    "Have you ever wondered where your recycling goes?",
]


@pytest.mark.parametrize("text", NEUTRAL_QUESTIONS)
def test_no_flag_on_a_neutral_question(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text, span", [
    ("The ministry wants us to believe the dam is safe.", "The ministry wants us to believe"),
    ("It is the timeline they desperately want the public to believe.", "they desperately want the public to believe"),
])
def test_wanting_the_audience_to_believe_is_a_doubt_flag(text, span):
    flags = [f for f in analyze(text).flag_records if f.rule == "want-us-to-believe"]
    assert [f.text for f in flags] == [span]
    assert text[flags[0].start:flags[0].end] == span
    assert flags[0].category == "doubt" and flags[0].voice == "reporter"


@pytest.mark.parametrize("text", [
    "Scientists want people to believe in vaccines again, the report said.",  # believe in: trust, no deceit
    "\u201cThey want us to believe the dam is safe,\u201d said Maria Lopez, a farmer.",  # the speaker's doubt
    "The campaign wants voters to think about the economy.",
])
def test_no_want_us_to_believe_flag(text):
    assert [f for f in analyze(text).flag_records if f.rule == "want-us-to-believe"] == []


@pytest.mark.parametrize("text, flagged", [
    ("The budget was balanced for the first time (really?) in a decade.", ["really?"]),  # a bracketed question
    ("Even if the council could raise the money, why should it?", []),  # "even if": a conjunction
    ("So why is the senator waiting, even though the votes are there?", []),
])
def test_the_span_and_the_marker_of_a_rhetorical_question(text, flagged):
    assert [f.text for f in analyze(text).flag_records if f.rule == "rhetorical-question"] == flagged


@pytest.mark.parametrize("text, span, voice", [
    ("The official account of the fire is full of holes.", "The official account of the fire is full of holes", "reporter"),
    ("The council approved the plan. Its promise of lower rents is anything but certain. Tenants are waiting.",
     "Its promise of lower rents is anything but certain", "reporter"),
    ("\u201cSomething is not adding up,\u201d said Ann Lee, a neighbour.", "Something is not adding up", "quoted"),
])
def test_a_doubt_predicate_flags_the_statement_it_doubts(text, span, voice):
    [f] = [f for f in analyze(text).flag_records if f.category == "doubt"]
    assert (f.text, f.voice) == (span, voice)
    assert text[f.start:f.end] == span


def test_a_doubted_statement_stays_inside_the_attributed_claim():
    text = "Shapira argues that critics jump to conclusions."
    [f] = [f for f in analyze(text).flag_records if f.category == "doubt"]
    assert f.text == "critics jump to conclusions" and f.voice == "attributed"


def test_a_tired_argument_is_loaded_but_a_tired_worker_is_not():
    flags = analyze("Blaming the weather is a tired argument. The same tired talking points came back. "
                    "Tired workers left the plant at dawn, and a tired old man sat down.").flag_records
    assert [(f.text, f.category) for f in flags] == [("tired argument", "loaded"), ("tired talking points", "loaded")]
    assert flags[0].suggestion == "say what the argument is and who disputes it"


def test_fed_up_is_loaded_in_the_reporters_voice_only():
    flags = analyze("Commuters are fed up with the delays.").flag_records
    assert [(f.text, f.category, f.voice) for f in flags] == [("fed up", "loaded", "reporter")]
    assert analyze('"I am fed up with the delays," said Ann Lee, a commuter.').flag_records == []


def test_soared_and_crushed_in_their_plain_senses_are_not_flagged():
    assert analyze("Shares soared 12 percent after the report. The wall crushed two cars.").flag_records == []


@pytest.mark.parametrize("text, span", [
    ("The governor blasts lawmakers over the budget delay.", "blasts lawmakers"),
    ("The mayor rips the council for its vote on parking fees.", "rips"),
    ("The senator ripped into the agency at a hearing.", "ripped into"),
    ("The union caved to pressure from the state.", "caved to"),
    ("Her remark was the latest gaffe.", "the latest gaffe"),
    ("The council passed a controversial rule on Monday.", "controversial rule"),
    ("The ministry obfuscated the figures for months.", "obfuscated"),
    ("The embattled mayor left the building without comment.", "embattled mayor"),
])
def test_partisan_news_wording_is_flagged_in_the_reporters_voice(text, span):
    """Headline verbs that dramatise criticism, a compromise told as surrender, a statement belittled as a gaffe,
    the writer's own 'controversial' or 'embattled': wording a sentence-level bias judge marks as one-sided."""
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]
    assert [(f.text, f.voice) for f in flags] == [(span, "reporter")]


def test_controversial_and_misleading_in_a_sources_words_are_the_sources():
    """The writer's own judgement is flagged; the same word in what a source said is the source's."""
    text = "Ann Lee said the council passed a controversial rule. She said the new leaflet was misleading."
    assert [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == []


def test_plain_senses_of_criticism_verbs_and_misleading_are_not_flagged():
    text = ("Two blasts rocked the port on Monday. The blasts were heard across the bay. "
            "A crew was blasting rock for the new tunnel. The storm rips through the valley. "
            "The firm was accused of misleading investors about its debts.")
    assert [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == []


@pytest.mark.parametrize("text", [
    "The bill passed by an overwhelming majority in the Senate.",
    "The county's voters are overwhelmingly rural and overwhelmingly supported the measure.",
    "The company spent huge sums on advertising and posted massive losses.",
    "She needs 1,237 delegates to win the nomination outright.",
    "No candidate is likely to win an outright majority.",
    "The storm severely damaged 40 homes on the coast.",
    "The virus has been linked to birth defects.",
])
def test_size_words_on_a_measure_and_physical_harm_are_not_flagged(text):
    """"Overwhelming majority", "huge sums", "massive losses", "win outright", "severely damaged", "birth
    defects": the size of something counted or the extent of physical harm, which news reports as fact."""
    assert [f.text for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == []


def test_size_words_still_flag_a_judgement():
    text = "It was an outright lie, and the rally drew an overwhelming show of anger."
    assert [f.text for f in analyze(text).flag_records] == ["outright lie", "overwhelming show"]


def test_an_expected_event_is_not_a_weasel_word():
    """"X is expected to" is news's wording for what is scheduled or likely: no vague-source flag. "It is
    believed" and "critics say" still are."""
    text = ("The Senate is expected to vote on the bill next week. The mayor is widely expected to win. "
            "It is believed that the fire was set. Critics say the fee is too high.")
    assert [f.text for f in analyze(text).flag_records if f.rule == "vague-source"] == ["It is believed", "Critics say"]


@pytest.mark.parametrize("text", [
    "It was the worst recession since the 1930s.",
    "Health officials called it the worst outbreak in 50 years.",
    "The bombing was the worst attack in the region in a decade.",
    "The index had its worst first week of a year on record.",
])
def test_a_superlative_held_to_a_span_of_time_is_a_record(text):
    """A record over a stated span of time is a checkable fact, not a judgement."""
    assert [f.text for f in analyze(text).flag_records if f.category == "intensifier"] == []


def test_a_superlative_without_a_span_of_time_still_flags():
    text = "He is the greatest mayor since Lincoln. It was the worst decision, and it cost us for years."
    assert [f.text for f in analyze(text).flag_records] == ["the greatest mayor", "the worst decision"]


@pytest.mark.parametrize("text, span", [
    ("The bill was backed by pro-life groups in the state.", "pro-life"),
    ("She has long held a pro-choice position.", "pro-choice"),
    ("The law protects the unborn from the sixth week.", "unborn"),
    ("The inquiry looked into pay-to-play politics at the agency.", "pay-to-play politics"),
])
def test_partisan_names_and_charges_are_flagged_in_the_reporters_voice(text, span):
    """One side's names in the abortion debate (AP style: anti-abortion, abortion-rights, fetus) and a charge of
    corruption stated as fact."""
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]
    assert [(f.text, f.voice) for f in flags] == [(span, "reporter")]


def test_a_self_description_and_frauds_as_crimes_are_not_flagged():
    text = "Ann Lee said she was pro-life. It was one of the largest frauds in the bank's history."
    assert [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == []


def test_sourcing_checks_are_editorial_flags_and_wording_flags_are_not():
    """A vague source, a casualty passive and sponsor framing stay flags for the editor but are marked editorial:
    they are newsroom checks, not wording that takes a side. Loaded wording is not editorial."""
    text = ("Critics say the new toll road will cost more than planned. A driver was shot near the depot on Monday. "
            "The Iran-backed group denied it. The mayor called the plan a disgraceful giveaway.")
    flags = {f.text: f for f in analyze(text).flag_records}
    assert flags["Critics say"].category == "vague-attribution" and flags["Critics say"].editorial
    assert flags["was shot"].category == "agentless-passive" and flags["was shot"].editorial
    assert flags["Iran-backed"].category == "sponsor" and flags["Iran-backed"].editorial
    loaded = [f for f in flags.values() if f.category == "loaded"]
    assert loaded and not any(f.editorial for f in loaded)
    assert "editorial" in analyze(text).flags.columns


@pytest.mark.parametrize("text", [
    "The bill would punish \u201cgross negligence\u201d with secrets, which is how the director described the case.",
    "In a hallway of the statehouse, said one former aide, the members \u201clack all discipline.\u201d",
])
def test_a_short_quotation_in_a_sentence_reporting_speech_is_a_partial_quote(text):
    """A short quotation in a sentence that reports what a source said quotes the source's exact words, not
    distancing by the writer: no scare-quote flag."""
    assert not [f for f in analyze(text).flag_records if f.rule == "scare-quotes"]


def test_a_short_quotation_with_no_speech_in_the_sentence_is_still_a_scare_quote():
    text = "The city\u2019s \u201creform\u201d of the parking rules took effect on Monday."
    assert [f.text for f in analyze(text).flag_records if f.rule == "scare-quotes"] == ["\u201creform\u201d"]


@pytest.mark.parametrize("text, span", [
    ("It was the second coverup at the transit agency in a year.", "coverup"),
    ("After a week of flailing, the campaign named a new manager.", "flailing"),
    ("The senator faced withering questions from the committee.", "faced withering questions"),
    ("The councillor stirred the pot with a post about the budget on Tuesday.", "stirred the pot"),
    ("The governor has been boldly predicting a win in the fall.", "boldly predicting"),
    ("The scene was disconcertingly familiar to the voters.", "disconcertingly familiar"),
    ("The challenger was seen as a lightweight by the party's donors.", "as a lightweight"),
    ("The board told the league to get its act together before the season.", "act together"),
    ("The party is waving the flag of surrender to the governor.", "flag of surrender"),
    ("For some members, the bill is a step too far on spending.", "a step too far"),
    ("The group's platform includes open borders and a new tax.", "open borders"),
    ("The firebrand from Texas spoke for an hour.", "firebrand"),
    ("Both candidates pandered to farmers in the state.", "pandered"),
    ("The council's vote was a power grab by the majority.", "power grab"),
    ("The ruling ended years of federal overreach in the state.", "federal overreach"),
])
def test_idioms_and_adverbs_of_partisan_news_are_flagged(text, span):
    """The reporter's idioms that mock or dramatise (flailing, withering, stirred the pot, get its act together,
    flag of surrender), manner adverbs that judge, one side's policy names and charges stated as fact."""
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]
    assert [f.text for f in flags] == [span]
    f = flags[0]
    assert text[f.start:f.end] == span and f.category in ("loaded", "label") and f.suggestion


def test_a_lightweight_object_and_acting_together_are_not_flagged():
    """'lightweight' as an adjective of things and 'act together' as a plain verb phrase are not the idioms."""
    text = "The bike has a lightweight frame. The two agencies will act together on the plan."
    assert [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == []


@pytest.mark.parametrize("text, span", [
    ("The fact is that the new bridge has cost the city far too much.", "The fact is"),
    ("But the truth is, the council never wanted the stadium.", "the truth is"),
    ("Unsurprisingly, the union rejected the offer.", "Unsurprisingly"),
    ("Shockingly, the board approved the contract without a vote.", "Shockingly"),
])
def test_opinion_markers_in_the_reporters_voice_are_inference_flags(text, span):
    """'The fact is', 'the truth is' and comment adverbs present the writer's view as settled: an inference flag,
    in the reporter's voice only (a source saying 'the fact is' gives their own view, already attributed)."""
    flags = [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")]
    assert [(f.text, f.category, f.voice) for f in flags] == [(span, "inference", "reporter")]
    assert not flags[0].editorial


def test_an_opinion_marker_in_a_quotation_is_not_flagged():
    text = "\u201cThe fact is, we ran out of money,\u201d the mayor said."
    assert [f for f in analyze(text).flag_records if f.rule.startswith("lexicon:")] == []


@pytest.mark.parametrize("text", [
    "The ceremony was a somber affair, and the outlook for the region remains bleak.",  # the mood of an event
    "The governor's dismal poll numbers reflect the state's economic woes.",
    "Many voters remain uneasy with the nominee and dissatisfied with both parties, the survey found.",  # polled attitudes
    "He tried unsuccessfully to block the bill, which strained his relationship with party leaders.",  # outcomes
    "The death toll from the natural disaster rose sharply, and the tragic news spread quickly.",
    "Prosecutors charged him with three felonies after a long investigation.",  # a legal term
])
def test_ordinary_news_words_for_events_feelings_and_outcomes_are_not_loaded(text):
    """BABE's guideline: a sentence reporting an event, a polled feeling or an outcome in its ordinary words is not biased."""
    assert [f.text for f in analyze(text).flag_records if f.category == "loaded"] == []


def test_judging_and_dramatising_words_stay_loaded():
    text = "It was a terrible, shameful decision that left the town devastated."
    got = [(f.text, f.rule, f.voice) for f in analyze(text).flag_records]
    assert got == [("terrible", "lexicon:terrible", "reporter"), ("shameful decision", "lexicon:shameful", "reporter"),
                   ("devastated", "lexicon:devastated", "reporter")]
    f = [f for f in analyze("The mayor called the new stadium a disaster for taxpayers.").flag_records][0]
    assert (f.text, f.rule, f.category) == ("disaster", "lexicon:disaster", "loaded")  # a judgement, not an event


@pytest.mark.parametrize("text", [
    "She overwhelmingly won the caucuses on Saturday, according to early returns.",
    "The senator was overwhelmingly selected by the committee.",
    "Party officials have so far sided overwhelmingly with the governor.",
])
def test_overwhelmingly_on_the_margin_of_a_vote_or_choice_is_not_flagged(text):
    """A vote's or a choice's margin is a checkable fact, reported in plain news copy."""
    assert [f.text for f in analyze(text).flag_records if f.rule == "lexicon:overwhelmingly"] == []


def test_overwhelmingly_as_a_judgement_still_flags():
    text = "The evidence overwhelmingly establishes that the plan failed."
    f = [f for f in analyze(text).flag_records if f.rule == "lexicon:overwhelmingly"]
    assert [(x.text, x.category, x.voice) for x in f] == [("overwhelmingly establishes", "intensifier", "reporter")]
