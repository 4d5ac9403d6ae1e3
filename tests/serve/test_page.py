"""The drafting page in a real headless Chromium (Debian's `chromium` and
`chromium-driver`): load it, draft, see citations link to their passages and the
unsupported claim highlighted. The screenshot is kept in test-artifacts/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from hybrid.settings import ServeSettings
from tests.serve.servers import fake_app, running

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture
def browser(tmp_path):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser test: .ci/run installs chromium and chromium-driver")
        pytest.skip("needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1200,1000",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def test_a_user_drafts_and_sees_linked_citations_and_flagged_claims(browser, isolated):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    wait = WebDriverWait(browser, 20)
    with running(fake_app(isolated, ServeSettings())) as url:
        browser.get(url + "/")
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#department option")) == 2)
        Select(browser.find_element(By.ID, "department")).select_by_value("marketing")
        browser.find_element(By.ID, "request").send_keys("Announce the Atlas Pro price")
        browser.find_element(By.ID, "draft-button").click()
        wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state") == "drafted")

        link = browser.find_element(By.CSS_SELECTOR, "#draft-text a.citation")
        assert link.text == "[1]" and link.get_attribute("href").endswith("#passage-1")
        passage = browser.find_element(By.ID, "passage-1")
        assert "The Atlas Pro costs $1,079" in passage.text and "cited" in passage.text
        marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#draft-text mark.unsupported")]
        assert "$49" in marks
        link.click()
        wait.until(ec.element_attribute_to_include((By.ID, "passage-1"), "class"))
        assert "focus" in passage.get_attribute("class")
        ARTIFACTS.mkdir(exist_ok=True)
        shot = isolated / "serve-page.png"
        assert browser.save_screenshot(str(shot))
        shutil.copy(shot, ARTIFACTS / "serve-page.png")

        # Switch retrieval off to compare: the same request, no sources.
        browser.find_element(By.ID, "retrieval").click()
        browser.execute_script("document.body.dataset.state = ''")
        browser.find_element(By.ID, "draft-button").click()
        wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-state") == "drafted")
        assert "Retrieval was off." in browser.find_element(By.ID, "passages").text
        assert "no retrieval" in browser.find_element(By.ID, "voice").text
        assert not browser.find_elements(By.CSS_SELECTOR, "#draft-text a.citation")
