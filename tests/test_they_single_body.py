"""A single body taken up as 'they' (Canadian and British copy: "The hospital cancelled surgeries. They said"), and
'their lawyer', 'their union' as the lawyer or union the story named (round 6 of it/they). Stories written for the
test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_they_takes_up_a_ministry_opening_the_sentence_before():
    a = analyze("The Ministry of Transportation closed the highway near Kenora overnight. "
                "They said crews would clear the rockslide by Friday.")
    c = claim_starting(a, "crews would clear the rockslide")
    assert c.source.mention.text == "They"
    assert c.source.name == "Ministry of Transportation"
    assert c.source.type == "organization"
    assert "single-body-organisation-subject-before" in c.source.rule


def test_they_takes_up_a_hospital_that_acts():
    a = analyze("The hospital postponed 80 elective surgeries after the water main broke. "
                "They said patients would be called at home.")
    c = claim_starting(a, "patients would be called")
    assert (c.source.mention.text, c.source.mention.start) == ("They", a.text.index("They"))
    assert c.source.name == "hospital"
    assert "single-body-body-description-subject-before" in c.source.rule


def test_a_hospital_things_happen_to_is_no_body():
    """'The hospital was evacuated': a place, not a body that acts and speaks."""
    a = analyze("The hospital was evacuated after the water main broke. They said patients would be called at home.")
    c = claim_starting(a, "patients would be called")
    assert c.source.rule.endswith("pronoun:they:unresolved")


def test_they_takes_up_a_team_and_a_company():
    a = analyze("The team placed its goaltender on injured reserve on Tuesday. They said he would miss two weeks.\n\n"
                "Pinecrest Foods Ltd. raised its dividend on Thursday. They said sales rose four per cent.")
    team = claim_starting(a, "he would miss two weeks")
    assert team.source.name == "team"
    company = claim_starting(a, "sales rose four per cent")
    assert company.source.name == "Pinecrest Foods Ltd"
    assert company.source.type == "organization"


def test_a_plural_of_people_between_leaves_they_unresolved():
    """'The RCMP charged two men. They said': the men may be 'they' as well as the force."""
    a = analyze("The RCMP charged two men with fraud on Friday. They said the scheme ran for years.")
    c = claim_starting(a, "the scheme ran for years")
    assert c.source.name == "They"
    assert c.source.rule.endswith("pronoun:they:unresolved")
    b = analyze("The company laid off 300 workers at its Windsor plant. They said the cuts were temporary.")
    assert claim_starting(b, "the cuts were temporary").source.rule.endswith("pronoun:they:unresolved")


def test_a_they_inside_the_sentence_is_not_taken_for_the_body():
    """Only a 'they' opening its sentence: inside one, 'they' is more often someone the sentence names."""
    a = analyze("The hospital postponed 80 surgeries. Patients were angry because they said nobody called them.")
    c = next((c for c in a.claim_records if c.source.mention and c.source.mention.text == "they"), None)
    assert c is None or c.source.name != "hospital"


def test_their_lawyer_is_the_lawyer_the_story_named():
    a = analyze("Two brothers from Surrey were charged with fraud in March. Their lawyer, Sarah Klein, said they "
                "would fight the charges. The brothers appeared in court on Monday. Their lawyer said they would "
                "plead not guilty.")
    c = claim_starting(a, "they would plead not guilty")
    assert c.source.mention.text == "Their lawyer"
    assert c.source.name == "Sarah Klein"
    assert c.source.type == "person"
    assert "description->lawyer-named-before" in c.source.rule


def test_their_lawyer_with_no_lawyer_named_stays_a_description():
    a = analyze("Two brothers from Surrey were charged with fraud in March. Their lawyer said they would plead "
                "not guilty.")
    c = claim_starting(a, "they would plead not guilty")
    assert c.source.name == "Their lawyer"


def test_their_union_is_the_one_union_named():
    a = analyze("The Prairie Teachers' Union called a strike vote on Monday. Two teachers at the school were "
                "suspended last week. Their union said the suspensions were unfair.")
    c = claim_starting(a, "the suspensions were unfair")
    assert c.source.mention.text == "Their union"
    assert c.source.name == "Prairie Teachers' Union"
    assert "description->union-named-before" in c.source.rule


def test_their_union_with_two_unions_named_is_neither():
    a = analyze("The Prairie Teachers' Union and the Coastal Nurses' Union marched together on Monday. Two teachers "
                "were suspended last week. Their union said the suspensions were unfair.")
    c = claim_starting(a, "the suspensions were unfair")
    assert c.source.name not in ("Prairie Teachers' Union", "Coastal Nurses' Union")


def test_its_website_is_not_an_older_body_when_a_body_in_capitals_is_nearer():
    """'its' is left as written when a name in capitals alone (no entity of its own) stands between."""
    a = analyze("Hartwell Logistics Corp. lost the contract last year to NORDLINK, which calls itself the fastest "
                "freight company in Canada, according to its website.")
    c = next(c for c in a.claim_records if c.cue and c.cue.text == "according to")
    assert c.source.name == "its website"
    b = analyze("Hartwell Logistics Corp. lost the contract last year to a rival, according to its website.")
    c = next(c for c in b.claim_records if c.cue and c.cue.text == "according to")
    assert c.source.name == "the Hartwell Logistics Corp's website"


def test_they_takes_up_people_opening_the_main_clause_after_a_fronted_clause():
    a = analyze("As the strike entered its third week, hospital porters marched to the legislature. "
                "The march, they said, was peaceful.")
    c = claim_starting(a, "The march")
    assert c.source.mention.text == "they"
    assert c.source.name == "hospital porters"
    assert "plural-subject-before" in c.source.rule


def test_people_together_named_after_the_group_leave_they_unresolved():
    """'officers went to the home after a neighbour said the couple was arguing. They told police': the couple."""
    a = analyze("Late on Friday, officers went to the farmhouse after a neighbour said the couple was arguing. "
                "They told police nobody had been hurt.")
    c = claim_starting(a, "nobody had been hurt")
    assert c.source.name != "officers"
    b = analyze("The ministry met the family on Tuesday. They said the meeting went well.")
    assert claim_starting(b, "the meeting went well").source.rule.endswith("pronoun:they:unresolved")


def test_a_company_opening_the_sentence_before_keeps_they_off_its_workers():
    """'Prairie Grain Co. laid off 120 workers. They said': the company as much as the workers; unresolved."""
    a = analyze("Meanwhile, Prairie Grain Co. laid off 120 workers at its Brandon mill. They said demand had fallen.")
    c = claim_starting(a, "demand had fallen")
    assert c.source.rule.endswith("pronoun:they:unresolved")


def test_a_body_after_a_dateline_opens_its_sentence():
    a = analyze("REGINA - Saskatchewan's Ministry of Health closed two rural clinics on Monday. "
                "It said staff would move to Regina.")
    c = claim_starting(a, "staff would move to Regina")
    assert c.source.mention.text == "It"
    assert c.source.name == "Saskatchewan's Ministry of Health"
    b = analyze("REGINA - Saskatchewan's Ministry of Health closed two rural clinics on Monday. "
                "They said staff would move to Regina.")
    assert claim_starting(b, "staff would move to Regina").source.name == "Saskatchewan's Ministry of Health"


def test_its_is_not_an_older_body_when_a_company_is_named_after_a_preposition_between():
    a = analyze("The Ontario Securities Commission fined three brokers last year. One of them later took a job at "
                "Wealthsimple, and its chief executive said the hire was a mistake.")
    c = next((c for c in a.claim_records if c.source.mention and c.source.mention.text.startswith("its")), None)
    assert c is None or "Securities Commission" not in c.source.name
    b = analyze("The Ontario Securities Commission fined three brokers in March, and its chief executive said the "
                "fines were a warning.")
    c = next(c for c in b.claim_records if c.source.mention and c.source.mention.text.startswith("its"))
    assert c.source.name == "the Ontario Securities Commission's chief executive"
