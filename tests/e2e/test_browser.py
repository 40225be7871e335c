"""End to end in a real browser: open, correct, set status, export, reload, escape."""
import csv
import io

import pytest

from tests.e2e.conftest import shot

pytestmark = pytest.mark.e2e


def wait_idle(page):
    page.wait_for_timeout(800)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30000)


def open_seed(page, url):
    page.goto(url)
    page.get_by_role("button", name="Open story").click()
    page.locator(".verify-story").wait_for()
    wait_idle(page)


def test_review_flow(page, app_server):
    open_seed(page, app_server)
    assert page.locator(".verify-story .claim").count() == 16
    assert page.locator(".verify-story mark.flag").count() >= 8
    shot(page, "story")
    page.get_by_role("tab", name="Claims").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_text("(2 of 16)").wait_for()
    wait_idle(page)
    # the previous claim's form fades out while the next one is drawn: wait until only one is left
    page.wait_for_function("() => document.querySelectorAll('textarea[aria-label=\"Note\"]').length === 1",
                           timeout=30000)
    page.get_by_role("textbox", name="Source", exact=True).fill("Reuters")
    page.get_by_label("Note").fill("checked with the desk")
    page.get_by_role("button", name="Save decision").click()
    page.get_by_text("corrected by ann").wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Verify").click()
    page.get_by_text("(3 of 16)").wait_for()  # verify saves and moves to the next claim
    wait_idle(page)
    assert page.get_by_role("textbox", name="Source", exact=True).input_value() == "many"
    shot(page, "claims")
    page.get_by_role("tab", name="Export / import").click()
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download the ledger (CSV)").click()
    rows = list(csv.DictReader(io.StringIO(open(dl.value.path(), encoding="utf-8").read())))
    c002 = next(r for r in rows if r["claim_id"] == "c002")
    assert (c002["reviewed_source_name"], c002["note"], c002["status"]) == ("Reuters", "checked with the desk",
                                                                            "verified")
    # reload: the decisions are still there
    page.reload()
    page.get_by_test_id("stSidebar").get_by_text("Saved", exact=True).click()
    page.get_by_role("button", name="Open saved").click()
    page.locator(".verify-story").wait_for()
    wait_idle(page)
    page.get_by_role("tab", name="Claims").click()
    page.get_by_text("(1 of 16)").wait_for()  # the saved story's ledger is on screen before we move on
    page.get_by_role("button", name="Next").click()
    page.get_by_text("(2 of 16)").wait_for()
    page.get_by_text("status verified").first.wait_for(timeout=15000)
    page.get_by_role("tab", name="Numbers").click()
    wait_idle(page)
    shot(page, "numbers")


def test_script_in_a_story_is_shown_as_text(page, app_server):
    page.goto(app_server)
    page.get_by_test_id("stSidebar").get_by_text("Paste", exact=True).click()
    page.get_by_label("Story text").fill('Police said <script>window.pwned=1</script><b>bold</b> was found.')
    page.get_by_role("button", name="Open story").click()
    page.locator(".verify-story").wait_for()
    wait_idle(page)
    story = page.locator(".verify-story")
    assert "<script>window.pwned=1</script>" in story.inner_text()
    assert story.locator("script").count() == 0 and story.locator("b").count() == 0
    assert page.evaluate("() => window.pwned") is None
    shot(page, "escaped")
