"""Training in a real browser: a trainer opens a session, two trainees answer, the trainer sees both."""
import csv
import io

import pytest

from tests.e2e.conftest import shot

pytestmark = pytest.mark.e2e


def settle(page):
    page.wait_for_timeout(800)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30000)


def pick(page, selectbox, option):
    """Choose an option by typing it into the select box, as a keyboard user would."""
    selectbox.click()
    selectbox.fill(option)
    page.get_by_role("option", name=option, exact=True).first.click()
    settle(page)


def to_training(page, url, role):
    page.goto(url)
    page.get_by_test_id("stSidebar").get_by_text("Training", exact=True).click()
    settle(page)
    page.get_by_text(role, exact=True).click()
    settle(page)


def trainee_answers(browser, url, code, name, source_type, figure):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    page.set_default_timeout(30000)
    to_training(page, url, "Trainee")
    page.get_by_label("Session code").fill(code)
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Your name").press("Enter")
    settle(page)
    page.get_by_text("c002").first.wait_for()
    # the second claim, c002: "41 people had died" (the interior ministry)
    assert "41 people had died" in page.get_by_test_id("stMarkdown").filter(has_text="c002").first.inner_text()
    pick(page, page.get_by_label("Source", exact=True).nth(1), "interior ministry")
    pick(page, page.get_by_label("Type", exact=True).nth(1), source_type)
    page.get_by_role("button", name="Answer").nth(1).click()
    settle(page)
    page.get_by_role("spinbutton", name="Figure").fill(str(figure))
    page.get_by_role("spinbutton", name="Figure").press("Enter")
    settle(page)
    page.get_by_role("button", name="Answer").last.click()
    settle(page)
    shot(page, f"trainee-{name}")
    ctx.close()


def test_training_session(browser, page, app_server):
    to_training(page, app_server, "Trainer")
    page.get_by_role("button", name="Create session").click()
    settle(page)
    code = page.get_by_label("Session code").input_value()
    assert len(code) == 6
    trainee_answers(browser, app_server, code, "ana", "organization", 64)
    trainee_answers(browser, app_server, code, "ben", "person", 41)
    page.reload()
    to_training(page, app_server, "Trainer")
    page.get_by_label("Session code").fill(code)
    page.get_by_label("Session code").press("Enter")
    settle(page)
    shot(page, "trainer-results")
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download results (CSV)").click()
    rows = {r["trainee"]: r for r in csv.DictReader(io.StringIO(open(dl.value.path(), encoding="utf-8").read()))}
    assert (float(rows["ana"]["source"]), float(rows["ana"]["figure"]), rows["ana"]["rank"]) == (1.0, 1.0, "1")
    assert (float(rows["ben"]["source"]), float(rows["ben"]["figure"]), rows["ben"]["rank"]) == (0.5, 0.5, "2")
