"""Which named person a bare surname or a "he" is: the honorific before a surname a husband and wife
share ("Mrs. Clinton", "Mr. Clinton") tells which of the two speaks, as in newspapers that use courtesy
titles; the subject after a fronted clause is the antecedent of the next "he"."""
from tests.ledger_helpers import claim_starting
from verify import analyze


def test_mrs_before_a_shared_surname_is_the_wife_though_the_husband_was_named_last():
    a = analyze(
        "Donald Trump once defended Bill Clinton against allegations of scandal.\n\n"
        "Mr. Trump once urged the former president to settle in Manhattan when he and Hillary Clinton left "
        "the White House. In the past week, any friendship between Mr. Trump and Bill Clinton came to an end.\n\n"
        "Mrs. Clinton rarely mentions her husband's record in her speeches.\n\n"
        "At a recent town hall meeting, a young woman asked about the allegations. "
        "\"Everybody should be believed at first,\" Mrs. Clinton said.\n")
    assert claim_starting(a, "her husband's record").source.name == "Hillary Clinton"
    assert claim_starting(a, "\"Everybody should").source.name == "Hillary Clinton"


def test_mr_before_a_shared_surname_is_the_husband_though_the_wife_spoke_first():
    a = analyze(
        "Hillary Clinton said on Monday that she would name more women to her cabinet.\n\n"
        "Her husband, former President Bill Clinton, said the family foundation would stop taking foreign "
        "money.\n\n"
        "Mr. Clinton said Thursday he would leave the foundation's board if Mrs. Clinton won.\n")
    assert claim_starting(a, "he would leave the foundation").source.name == "Bill Clinton"


def test_an_honorific_does_not_undo_the_only_person_of_that_surname():
    """A first name read as the other sex ("Lindsey") must not cut Mr. Graham off his full name."""
    a = analyze("Senator Lindsey Graham, Republican of South Carolina, said on Sunday that the remarks were "
                "wrong. Like his earlier comments, Mr. Graham said, the jabs were unacceptable.\n\n"
                "\"This is going to a place where we've never gone before,\" Mr. Graham said.\n")
    assert claim_starting(a, "\"This is going").source.name == "Lindsey Graham"
    assert claim_starting(a, "the jabs were").source.name == "Lindsey Graham"



def test_the_subject_after_a_fronted_participle_holding_an_apposition_is_the_next_he():
    """"Joined on stage by Tom Reyes, the city's fire chief, Walsh toured ...": the participle clause
    holds a name and its description; the subject, and the antecedent of the next "he", is Walsh."""
    a = analyze("Governor Dan Walsh flew to Kelowna on Wednesday.\n\n"
                "Joined on stage by Tom Reyes, the city's fire chief and a veteran of three fire seasons, "
                "Walsh toured the burned valleys.\n\n"
                "\"We will be ready this summer,\" he said.\n\n"
                "At a rally in Portland, Maine, on Thursday afternoon, Walsh shook hands with volunteers. "
                "\"We're letting people down,\" he said.\n")
    assert claim_starting(a, "\"We will be ready").source.name == "Dan Walsh"
    assert claim_starting(a, "\"We're letting").source.name == "Dan Walsh"


def test_a_dateline_typed_with_one_hyphen_after_state_initials_is_furniture():
    a = analyze("Rivals trade blows.\n\nNASHUA, N.H. - State Rep. Rio Tilton is certain he will vote for the "
                "governor.\n")
    assert [c.text for c in a.claim_records if c.kind == "metadata"][-1] == "NASHUA, N.H."
    assert claim_starting(a, "State Rep. Rio Tilton").kind == "claim"


def test_a_role_in_lower_case_before_a_full_name_makes_the_subject():
    """"Democratic front-runner Jane Holt ... as she sought": the subject is Holt, not the president named
    after her in the same sentence, whose sex the story does not tell."""
    a = analyze("CONCORD, N.H. - Democratic front-runner Jane Holt sparred with Sen. Paul Reid over his loyalty to "
                "President Obama at a debate Sunday as she sought to regain her footing after a bad month.\n")
    assert claim_starting(a, "to regain her footing").source.name == "Jane Holt"


def test_a_description_in_apposition_before_the_subject_leaves_the_subject_for_the_next_he():
    a = analyze("His lawyer, Shannon Quill, wrote that Daniel Lazar was a devoted father.\n\n"
                "A high school graduate, Lazar had no formal training in computers. "
                "He told the newspaper that he had guessed the passwords.\n")
    assert claim_starting(a, "he had guessed").source.name == "Daniel Lazar"


def test_a_host_told_something_is_not_the_next_he():
    a = analyze("House Speaker Paul Ryan declared that he cannot support the nominee yet.\n\n"
                "\"I'm just not ready to do that at this point,\" Ryan told CNN's Jake Tapper.\n\n"
                "It was a reversal for the Wisconsin Republican, who had pledged to back the nominee. "
                "He said on Thursday that the nominee must unify the party.\n")
    assert claim_starting(a, "the nominee must unify").source.name == "Paul Ryan"


def test_a_host_interviewing_is_not_the_next_he():
    a = analyze("Premier Doug Ford spoke with CBC's Tom Harper on Sunday about the housing plan.\n\n"
                "\"We will build those homes,\" he said.\n")
    assert claim_starting(a, "\"We will build").source.name == "Doug Ford"


def test_a_host_who_speaks_stays_the_next_he():
    a = analyze("Debates rarely move the polls, noted NBC's Dante Chinni.\n\n"
                "\"Most voters have seen the candidates many times,\" he wrote.\n")
    assert claim_starting(a, "\"Most voters").source.name == "Dante Chinni"


def test_the_subject_after_but_is_the_latest_person_put_forward():
    a = analyze("Governor Tom Holt debated Senator Paul Reid on Sunday.\n\n"
                "Holt put Reid on the defensive for much of the night, but a hoarse Reid got in several digs. "
                "He noted that Holt had taken money from developers.\n")
    assert claim_starting(a, "Holt had taken money").source.name == "Paul Reid"


def test_the_person_asked_a_question_is_the_next_he_who_answers():
    a = analyze("Governor Tom Roe toured the mill on Monday.\n\n"
                "Later, reporter Sam Bell asked Roe whether the mill would close.\n\n"
                "\"Not while I am governor,\" he said.\n")
    assert claim_starting(a, "\"Not while").source.name == "Tom Roe"


def test_an_unnamed_woman_opening_a_sentence_is_the_next_she():
    a = analyze("Chancellor Angela Merkel condemned the attacks on Monday.\n\n"
                "A 29-year-old Berlin woman received probation after she posted comments about refugees. "
                "\"Get out!\" she wrote.\n")
    assert claim_starting(a, "\"Get out!\"").source.name == "29-year-old Berlin woman"


def test_an_unnamed_person_named_in_apposition_or_generic_is_not_the_subject():
    a = analyze("Senator Karen Robison spoke in Osceola.\n\n"
                "One local woman, Dana Pike, thanked the crowd. \"I'm so glad you came,\" she said.\n")
    assert claim_starting(a, "\"I'm so glad").source.name == "Dana Pike"
    a = analyze("Donald Trump negotiated with the agency all week.\n\n"
                "A blind man could see what was happening. \"We made a deal,\" he said.\n")
    assert claim_starting(a, "\"We made a deal").source.name == "Donald Trump"


def test_an_i_inside_a_quotation_is_never_the_next_she():
    """An "I" left as the source of a claim inside a quotation is the quoted speaker talking: a later "she"
    of the reporter is the woman named before, not the "I"."""
    a = analyze("Principal Karen Lowe defended the course on Monday.\n\n"
                "Parent Brett Tolliver was there too. \"More importantly, I don't know who it harms.\n"
                "The kids aren't forced to be there.\"\n\n"
                "\"It teaches respect,\" she said.\n")
    assert claim_starting(a, "\"It teaches respect").source.name == "Karen Lowe"


def test_a_full_name_set_off_with_an_age_opening_a_sentence_is_the_next_she():
    """'Courtney Tolliver, 26, a teacher, agrees.': the age marks a person, though the first-name lists lack
    the first name, so the next "she" is that person, not the woman named before."""
    a = analyze("Principal Karen Lowe defended the course on Monday.\n\n"
                "Courtney Tolliver, 26, a teacher in the district, agrees.\n\n"
                "\"It teaches respect,\" she said.\n")
    assert claim_starting(a, "\"It teaches respect").source.name == "Courtney Tolliver"


def test_a_surname_of_a_full_name_the_lists_do_not_know_opening_a_clause_is_the_next_he():
    """'Angel Mendoza came from Texas ... Growing up in El Paso, Mendoza witnessed ...': the surname of a full
    name that opened an earlier sentence is a person, so the next "he" is Mendoza, not the man named before;
    not a determiner's phrase ('The Mexican government')."""
    a = analyze("Seacord said the party is too concerned with self-interest.\n\n"
                "Angel Mendoza came from Texas to a rally that drew about 100 people.\n\n"
                "Growing up in El Paso, Mendoza regularly saw families cross the border.\n\n"
                "\"The detention centers are a disgrace,\" he said.\n")
    assert claim_starting(a, "\"The detention centers").source.name == "Angel Mendoza"


def test_a_person_named_inside_what_a_speaker_said_is_not_the_next_he():
    """'James Melendres said that ..., whereas Petraeus acknowledged ... He also said': the next "he" is the
    speaker who opened the sentence, not the person his report names; inside that sentence the person
    reported on stays the antecedent."""
    a = analyze("Senator David Petraeus spoke on Monday.\n\n"
                "James Melendres said on MSNBC that the cases differ, whereas Petraeus acknowledged that he knew "
                "the information was classified. He also said that there were aggravating circumstances.\n")
    assert claim_starting(a, "there were aggravating").source.name == "James Melendres"


def test_a_misread_name_ending_in_no_person_word_is_no_antecedent():
    """A source the name reader took in error ("Axelrod's memoir") is never the next "she"; a description of a
    person ("a Clinton ally") stays a candidate."""
    a = analyze("Senator Ann Reyes met the governor in May.\n\n"
                "She later compared the talks to a \"root canal,\" according to Axelrod's memoir.\n\n"
                "In June, she wrote to him that it was \"an honor to serve.\"\n")
    assert claim_starting(a, "to him that it was").source.name == "Ann Reyes"
    from verify.sources import _ends_in_no_person_word
    assert _ends_in_no_person_word("Trump supporters typically begin")
    assert _ends_in_no_person_word("Axelrod\u2019s memoir")
    assert _ends_in_no_person_word("There's no")
    assert not _ends_in_no_person_word("Clinton ally")
    assert not _ends_in_no_person_word("Schilling's son")
    assert not _ends_in_no_person_word("Republican presidential candidate")
    assert not _ends_in_no_person_word("Ludwig van Beethoven")
    assert not _ends_in_no_person_word("Hillary Clinton")


def test_the_story_writing_his_after_a_name_overrules_the_first_name():
    """'Sen. Lindsey Graham (R-SC) called out his rival': a first name read as a woman's gives way to the
    story's own 'his', so the next "he" is Graham, not the rival; 'beat Robin Lee in his fourth win' says
    nothing of Robin Lee."""
    a = analyze("Sen. Lindsey Graham (R-SC) called out his rival Donald Trump on Thursday.\n\n"
                "Graham said, \"We are losing the Hispanic vote.\"\n\n"
                "He added, \"It is forced deportation.\"\n")
    assert claim_starting(a, "\"It is forced").source.name == "Lindsey Graham"
    from verify.sources import _first_name_misleads
    assert not _first_name_misleads("Tom Reyes beat Lindsey Ward in his fourth win.", "Lindsey Ward", "female", "male")
    assert not _first_name_misleads("Mrs. Lindsey Ward called out his rival.", "Mrs. Lindsey Ward", "female", "male")


def test_a_name_a_place_is_named_for_is_not_the_next_he():
    """'in the White House James S. Brady briefing room': a name before a noun of a place or thing named for
    someone is no person the sentence names, so the next "he" is the speaker the sentence opened with."""
    a = analyze("Press secretary Josh Earnest spoke in the White House James S. Brady briefing room on Monday. "
                "He said the president would veto the bill.\n")
    assert claim_starting(a, "the president would veto").source.name == "Josh Earnest"


def test_the_subject_after_a_fronted_adverb_is_the_next_he():
    """'Similarly, Rubio gave an interview ..., and he condemned': an adverb in -ly set off by a comma opens the
    sentence before its subject, so the surname after it is the subject the next "he" takes up."""
    a = analyze("Marco Rubio and Tom Becker spoke at the dinner on Friday.\n\n"
                "Becker did not respond to questions about the platform.\n\n"
                "Similarly, Rubio gave an interview to a radio station the next morning, and he condemned the "
                "attack on the clinic.\n")
    claim = claim_starting(a, "the attack on the clinic")
    assert claim.source.name == "Marco Rubio"
    assert a.text[claim.source.mention.start:claim.source.mention.end] == "he"
    from verify.sources import _fronted_adverb
    assert _fronted_adverb("Separately,")
    assert not _fronted_adverb("Kelly,")  # a first name, not an adverb
    assert not _fronted_adverb("Similarly")  # no comma: not set off


def test_a_name_with_an_initial_set_off_before_who_is_the_next_he():
    """'C. Boyden Gray, who served as counsel under ..., George Bush, ticked through': a name opening with an initial
    and set off before 'who' is a person opening the sentence, though the first-name lists lack his first name."""
    from verify.sources import _name_with_age_subject
    text = "J. Dalton Pryce, who served as counsel to the governor, said the rules were clear."
    assert _name_with_age_subject(text, 0, len(text)) == (0, len("J. Dalton Pryce"))
    cut = text.index("Dalton")  # the sentence reader may cut after the initial: the initial is still the name's
    assert _name_with_age_subject(text, cut, len(text)) == (0, len("J. Dalton Pryce"))
    other = "Dalton Pryce, who served as counsel, said the rules were clear."
    assert _name_with_age_subject(other, 0, len(other)) is None  # without an initial or an age: left to the lists
    state = "S.C. Dalton Pryce, who served, said it."
    assert _name_with_age_subject(state, 5, len(state)) is None  # a state's "S.C." is no initial


def test_a_body_whose_name_holds_the_surname_is_not_the_next_he():
    """'Team Ridley sees the debate as ... Ridley called ... He offered': the campaign named for the candidate is
    a body, never a "he"; the person is the full name the story writes."""
    a = analyze("Team Ridley sees the debate as a second chance for Jonathan Ridley to win over women.\n\n"
                "In somber comments, Ridley called the shooting \"an attack on our city,\" but he also noted the "
                "deaths of two officers. He offered \"my thoughts and prayers\" to their families.\n")
    claim = claim_starting(a, "\"my thoughts")
    assert claim.source.name == "Jonathan Ridley"
    assert claim.source.type == "person"


def test_the_one_who_asked_is_not_the_next_he_when_the_sentence_has_another_subject():
    """'Ryan also did not exude confidence when Tapper asked whether ... "...," he said': the person asking is the
    interviewer; the one answering is the subject of the sentence the question sits in."""
    a = analyze("House Speaker Mark Ellison spoke to CNN's Peter Dunn on Sunday.\n\n"
                "\"I am not there yet,\" Ellison told Dunn.\n\n"
                "Ellison also did not sound sure when Dunn asked whether Republicans would hold the House.\n\n"
                "\"I just think you always run like everything is on the line,\" he said.\n")
    assert claim_starting(a, "\"I just think").source.name == "Mark Ellison"


def test_a_known_surname_opening_a_fronted_clause_without_a_comma_is_the_next_he():
    """'When Trump held rallies all over the southwest he was received by protesters ... "...," he tweeted': the
    person of a clause fronted by when/although/after is named by the sentence, though no comma closes the clause;
    not after 'if' (a condition is often about someone other than the one talking)."""
    a = analyze("Senator Paul Harmon spoke to reporters, and lawyer Dan Okafor said the case would go to trial.\n\n"
                "When Harmon held rallies in the north he was met by large crowds of protesters. Some clashes "
                "turned violent and the senator took to Twitter. \"Everybody is talking about the protesters,\" he "
                "tweeted on Monday.\n")
    assert claim_starting(a, "\"Everybody is talking").source.name == "Paul Harmon"
    b = analyze("Senator Paul Harmon spoke to reporters on Monday.\n\n"
                "Ken Bryce does not feel the same way. If Harmon doesn't win the nomination, he said he would "
                "vote for a rival.\n")
    assert claim_starting(b, "he would vote").source.name == "Ken Bryce"


def test_a_name_with_a_suffix_opening_a_sentence_is_its_subject_and_the_admiral_is_a_title():
    """'Adm. Harry B. Harris Jr. makes no apologies. ... "...," the admiral said. "...," he said': a name ending
    in Jr. opens its sentence as its subject (the reader stopped at the suffix), the admiral is the one person
    written with the title, and the suffix is spelt one way whether the stop is written or not."""
    a = analyze("Adm. Carl R. Mendel Jr. makes no apologies for his words.\n\n"
                "\"It is good that my voice is low,\" the admiral said.\n\n"
                "\"I look at the world darkly,\" he said.\n")
    assert claim_starting(a, "\"It is good").source.name == "Carl R. Mendel Jr."
    assert claim_starting(a, "\"I look at").source.name == "Carl R. Mendel Jr."
    from verify.sources import _inside_a_longer_name, canonical_name
    assert canonical_name("Vice President Carl R. Mendel Jr.", "person") == canonical_name("Carl R. Mendel Jr", "person")
    text = "sat alongside Vice President Carl Mendel and the first lady"
    assert _inside_a_longer_name(text, 0, text.index("President"))  # no "President Carl Mendel" here
    assert not _inside_a_longer_name(text, 0, text.index("Vice"))


def test_a_korean_family_name_written_first_is_the_surname_the_story_uses():
    """'Moon Jae-in, the president of South Korea, ... Moon's term ends next year. He said': a Korean name puts the
    family name first, so a sentence opening with it (or its possessive) opens with that person."""
    a = analyze("Moon Jae-in, the president of South Korea, spoke at the summit on Monday.\n\n"
                "Later, Donald Trump said the talks had gone well.\n\n"
                "Moon's term ends next year. He said he would keep working for peace after he steps down.\n")
    claim = claim_starting(a, "he would keep working")
    assert claim.source.name.split()[0] == "Moon"
    from verify.sources import _korean_family_name
    assert _korean_family_name(["Ban", "Ki-moon"])
    assert not _korean_family_name(["The", "Wal-mart"])
    assert not _korean_family_name(["Jean-Luc", "Picard"])


def test_a_news_agency_is_no_he():
    """'Xinhua, the official Chinese news agency, wrote ... "...," he said': the world's national news agencies are
    outlets, bodies, so the next he is the person named before them."""
    a = analyze("Adm. Carl Mendel leads the Pacific fleet.\n\n"
                "\"The admiral is a provocateur,\" Xinhua, the official Chinese news agency, wrote.\n\n"
                "\"When I am described as a provocateur, it is not true,\" he said.\n")
    assert claim_starting(a, "\"The admiral is").source.type == "organization"
    assert claim_starting(a, "\"When I am").source.name == "Carl Mendel"


def test_a_titled_description_opening_a_sentence_is_the_person_holding_the_title():
    """"The president's Pacific roots also came into play. In Honolulu, he told ...": a description headed by a title
    opening the sentence (as subject or possessor) is the one person written with that title, so the next he is
    that person, not an adviser named since; a person of the other sex is no she ('The governor added: ... She
    knows nothing' stays the woman)."""
    a = analyze("President Barack Obama spoke about climate change on Monday.\n\n"
                "\"He sees it as a matter of survival,\" said Benjamin Reed, his deputy adviser.\n\n"
                "The president's island roots also came into play. In Honolulu last week, he told a meeting of "
                "island leaders that few people understood the stakes better.\n")
    told = next(c for c in a.claim_records if "few people understood" in a.text[c.start:c.end])
    assert told.source.name == "Barack Obama"
    b = analyze("Gov. Chris Dalton endorsed the bill on Monday. Hillary Clinton opposed it.\n\n"
                "The governor's plan would cut the tax in half. She said the plan was cruel.\n")
    assert claim_starting(b, "the plan was cruel").source.name == "Hillary Clinton"
