"""The reference story: every claim carries the right source."""
OBSERVATORY = "Syrian Observatory for Human Rights"


def claim_containing(analysis, words):
    found = [c for c in analysis.claim_records if words in c.text]
    assert found, f"no claim contains {words!r}"
    return found[0]


def test_observatory_under_all_four_names_and_it(seed_analysis):
    for words, mention in [
        ("rebels moved a convoy", "the so-called Syrian Observatory for Human Rights"),
        ("five miltiants were killed", "The Britain-based monitoring group"),
        ("Heavy clashes were taking place", "it"),
        ("ISIL militants seized a checkpoint", "the Observatory"),
        ("dumped the corpses", "the Observatory"),
        ("500 people had been killed", "The monitoring group"),
    ]:
        c = claim_containing(seed_analysis, words)
        assert (c.source.name, c.source.type) == (OBSERVATORY, "organization"), words
        assert c.source.mention.text == mention
        assert seed_analysis.text[c.source.mention.start:c.source.mention.end] == mention
        assert c.cue.text == "said"


def test_observatory_registry_lists_aliases_and_every_mention(seed_analysis):
    [obs] = [s for s in seed_analysis.source_records if s.name == OBSERVATORY]
    assert {"Observatory", "Britain-based monitoring group", "monitoring group"} <= set(obs.aliases)
    texts = [m.text for m in obs.mentions]
    assert "it" in texts and texts.count("the Observatory") == 3
    rules = {m.text: m.rule for m in obs.mentions}
    assert rules["it"].startswith("pronoun:it")
    assert rules["The monitoring group"] == "description->most-recent-organization"


def test_medical_sources_via_the_observatory(seed_analysis):
    c = claim_containing(seed_analysis, "dozens of bodies")
    assert c.text.startswith("there were dozens of bodies")
    assert (c.source.name, c.source.type, c.source.via) == ("medical sources", "anonymous", [OBSERVATORY])


def test_vague_sources(seed_analysis):
    blame = claim_containing(seed_analysis, "for not cooperating")
    assert (blame.source.name, blame.source.type) == ("many", "vague")
    figures = claim_containing(seed_analysis, "rather continue the fight")
    assert figures.source.type == "vague"
    assert "National Coalition" in figures.source.name
    assert figures.source.mention.text == "many of its figures"


def test_reporter_voice_for_unattributed_lines_and_own_clauses(seed_analysis):
    for words in ["has killed 697 people", "Peace talks are planned in Geneva",
                  "suffering under a deadly occupation", "In an indication of how heavy",
                  "which tracks developments in Syria"]:
        c = claim_containing(seed_analysis, words)
        assert c.source.type == "reporter", words
    occupation = claim_containing(seed_analysis, "deadly occupation")
    seizure = claim_containing(seed_analysis, "seized a checkpoint")
    assert occupation.id != seizure.id


def test_agency_slug_is_metadata(seed_analysis):
    last = seed_analysis.claim_records[-1]
    assert (last.kind, last.text) == ("metadata", "SHI/SHI")


def test_claims_do_not_overlap_and_offsets_are_exact(seed_analysis):
    text = seed_analysis.text
    prev_end = 0
    for c in seed_analysis.claim_records:
        assert text[c.start:c.end] == c.text
        assert c.start >= prev_end
        prev_end = c.end
