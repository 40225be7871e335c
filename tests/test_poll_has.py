"""A poll (or a pollster) that has, puts or gives a party or candidate somewhere reports where it stands: the poll is
the source of the standing, not the reporter; "the poll has a margin of error" reports nothing."""
import pytest

from tests.ledger_helpers import attributed


@pytest.mark.parametrize("text, source, content", [
    ("A separate Leger poll released last week put the Tories at 38 per cent and the Liberals at 31 per cent.",
     "A separate Leger poll released last week", "the Tories at 38 per cent and the Liberals at 31 per cent"),
    ("In September, the same pollster had the Tories ahead by 11 points.", "the same pollster",
     "the Tories ahead by 11 points"),
    ("A CNN survey released Friday had him at 4 percent.", "A CNN survey released Friday", "him at 4 percent"),
])
def test_a_poll_that_puts_a_party_somewhere_is_the_source(text, source, content):
    [c] = attributed(text)
    assert c.source.mention.text == source and c.text == content


def test_a_poll_that_has_a_margin_reports_nothing():
    assert attributed("The poll has a margin of error of plus or minus 3 points.") == []
