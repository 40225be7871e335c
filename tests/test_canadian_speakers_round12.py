"""Quote speakers in Canadian news, twelfth round: a spouse named by first name only after a possessive, company
suffixes without a period and French public bodies, a description with the body's name set off after it, the
registry's name for a body written in full, and 'it' for a body named earlier in the same sentence."""
from tests.ledger_helpers import attributed


def test_a_spouse_after_a_possessive_keeps_only_the_first_name():
    """'Lund's husband, Brent, said': a spouse's surname may differ, so the first name alone; a brother keeps the
    family's surname, and a full name the story wrote before is taken."""
    text = "Kerri Lund skipped the rink. Lund\u2019s husband, Brent, said the week had been emotional."
    assert attributed(text)[-1].source.name == "Brent"
    text = "Kerri Lund skipped the rink. Lund\u2019s brother, Brent, said the week had been emotional."
    assert attributed(text)[-1].source.name == "Brent Lund"
    text = ("Kerri Lund and Brent Moore came to the rink. Lund\u2019s husband, Brent, said the week had been "
            "emotional.")
    assert attributed(text)[-1].source.name == "Brent Moore"

