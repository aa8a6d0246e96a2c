#!/usr/bin/env python3
"""The search page in a real browser (headless Chromium driven by Selenium), end to end.

Indexes the bundled corpus plus one hostile report, starts `ofsearch serve` on a free
loopback port, and as a user would: types "missing from care", clicks a facet value and
checks the counts change as the API says, opens a hit in its report at the paragraph,
goes back, and searches the hostile report (no script of it may run; its text shows as
text). Screenshots go to --out. Exits 77 (skipped) when Chromium or Selenium is missing.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

SKIP = 77

HOSTILE = """Focused visit to Rutland children's services

Inspectors found that <script>window.__xss = 1</script> and <img src=x onerror="window.__xss = 2">
appear in this letter as text, with the word zanzibarquux so a test can find it.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        print("skipped: python3-selenium is not installed")
        return SKIP
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        print("skipped: chromium or chromium-driver is not installed")
        return SKIP
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="ofsearch-browser-")
    index = os.path.join(work, "index")
    hostile = os.path.join(work, "hostile-letter.txt")
    with open(hostile, "w") as f:
        f.write(HOSTILE)
    subprocess.run([args.binary, "index", "--index", index, "--quiet", args.corpus, hostile],
                   check=True, timeout=300)
    server = subprocess.Popen([args.binary, "serve", "--index", index, "--port", "0"],
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    browser = None
    try:
        line = server.stdout.readline()
        base = line.split(" at ", 1)[1].split("/ ", 1)[0] + "/"
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000"):
            options.add_argument(flag)
        service = Service(executable_path=driver_path)
        browser = webdriver.Chrome(options=options, service=service)
        browser.set_page_load_timeout(30)
        wait = WebDriverWait(browser, 20)

        def api(path):
            with urllib.request.urlopen(base + path, timeout=30) as res:
                return json.load(res)

        def summary_total():
            text = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, ".summary")).text
            return int(text.split()[0])

        browser.get(base)
        box = browser.find_element(By.ID, "q")
        box.send_keys('"missing from care"', Keys.ENTER)
        wait.until(lambda b: "q=" in b.current_url and b.find_elements(By.CSS_SELECTOR, ".hit"))
        total = summary_total()
        expected = api("api/search?q=" + urllib.parse.quote('"missing from care"'))["total"]
        assert total == expected, (total, expected)
        browser.save_screenshot(os.path.join(args.out, "1-search.png"))

        # A facet value narrows the result to what the API counts for it.
        button = browser.find_element(By.CSS_SELECTOR, 'button[data-field="theme"][data-value="leadership"]')
        facet_count = int(button.find_elements(By.TAG_NAME, "span")[1].text)
        button.click()
        wait.until(lambda b: "theme=leadership" in b.current_url)
        wait.until(lambda b: summary_total() == facet_count)
        narrowed = api("api/search?q=" + urllib.parse.quote('"missing from care"') + "&theme=leadership")
        assert summary_total() == narrowed["total"] == facet_count, (summary_total(), narrowed["total"])
        pressed = browser.find_element(By.CSS_SELECTOR, 'button[data-value="leadership"]')
        assert pressed.get_attribute("aria-pressed") == "true"
        browser.save_screenshot(os.path.join(args.out, "2-facet.png"))

        # A range of years narrows it again, as the API's from/to dates do.
        years = narrowed["facets"]["year"]
        year = max(years, key=lambda y: years[y])
        browser.find_element(By.ID, "from-year").send_keys(year)
        browser.find_element(By.ID, "to-year").send_keys(year, Keys.ENTER)
        wait.until(lambda b: "from=" + year in b.current_url and "to=" + year in b.current_url)
        wait.until(lambda b: summary_total() == years[year])
        ranged = api("api/search?q=" + urllib.parse.quote('"missing from care"') +
                     "&theme=leadership&from=" + year + "-01-01&to=" + year + "-12-31")
        assert summary_total() == ranged["total"] == years[year], (summary_total(), ranged["total"])
        assert browser.find_element(By.ID, "from-year").get_attribute("value") == year
        browser.save_screenshot(os.path.join(args.out, "2-years.png"))

        # "in report" opens the report at the paragraph.
        hit_id = ranged["hits"][0]["id"]
        browser.find_element(By.LINK_TEXT, "in report").click()
        target = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, "#report .para.target"))
        assert target.get_attribute("id") == "p" + hit_id.split("/")[1], target.get_attribute("id")
        assert "missing from care" in target.text
        browser.save_screenshot(os.path.join(args.out, "3-report.png"))

        # The back button returns to the narrowed search.
        browser.back()
        wait.until(lambda b: "from=" + year in b.current_url and not b.find_element(By.ID, "results").get_attribute("hidden"))
        assert summary_total() == years[year]

        # From the keyboard alone: Tab from the search box reaches a facet value, and
        # Space toggles it.
        browser.get(base + "?q=" + urllib.parse.quote('"missing from care"'))
        wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#facets button[data-field]"))
        browser.find_element(By.ID, "q").click()
        focused = None
        for _ in range(60):
            browser.switch_to.active_element.send_keys(Keys.TAB)
            focused = browser.switch_to.active_element
            if focused.get_attribute("data-field"):
                break
        assert focused is not None and focused.get_attribute("data-field"), "Tab never reached a facet"
        field, value = focused.get_attribute("data-field"), focused.get_attribute("data-value")
        focused.send_keys(Keys.SPACE)
        wait.until(lambda b: urllib.parse.urlencode({field: value}) in b.current_url)
        # Every control has a name a screen reader can read.
        unnamed = browser.execute_script("""
          const named = (e) => (e.getAttribute('aria-label') || e.textContent || '').trim() ||
            (e.id && document.querySelector('label[for="' + e.id + '"]')) || e.closest('label');
          return [...document.querySelectorAll('a, button, input, [role=img]')]
            .filter((e) => !e.closest('[hidden]') && !named(e)).map((e) => e.outerHTML);""")
        assert not unnamed, unnamed

        # Under the result list: the rate per year (/api/trend) and, for a chosen authority,
        # its neighbour comparison (/api/compare), the numbers the API gives; a hostile
        # authority name comes back in the error as text.
        q = urllib.parse.quote('"missing from care"')
        browser.get(base + "?q=" + q + "&compare=Rutland")
        wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#comparison tr.authority"))
        trend = api("api/trend?by=year&q=" + q)
        bars = browser.find_elements(By.CSS_SELECTOR, "#trend .bar")
        assert len(bars) == len([r for r in trend["rows"] if r["searched"]]), len(bars)
        compared = api("api/compare?authority=Rutland&q=" + q)
        cells = browser.find_elements(By.CSS_SELECTOR, "#comparison tr.authority td")
        assert cells[0].text == "Rutland" and cells[1].text == str(compared["rows"][0]["matching"]), \
            [c.text for c in cells]
        assert len(browser.find_elements(By.CSS_SELECTOR, "#comparison tr.neighbour")) == 10
        browser.save_screenshot(os.path.join(args.out, "3-instruments.png"))
        browser.get(base + "?q=" + q + "&compare=" + urllib.parse.quote('<img src=x onerror="window.__xss=3">'))
        error = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, ".instruments .error"))
        assert "onerror" in error.text, error.text
        assert browser.execute_script("return window.__xss === undefined")
        assert not browser.find_elements(By.CSS_SELECTOR, "#results img")

        # The recurrence view: an authority's improvement points with the labels the API
        # gives, said to be machine suggestions; a hostile name comes back as text.
        browser.get(base)
        browser.find_element(By.CSS_SELECTOR, "#recurrence summary").click()
        field = browser.find_element(By.ID, "recurrence-authority")
        field.send_keys("Rutland")
        field.send_keys(Keys.ENTER)
        wait.until(lambda b: b.find_elements(By.CSS_SELECTOR, "#recurrence-result .summary"))
        recurrence = api("api/recurrence?authority=Rutland")
        rows = browser.find_elements(By.CSS_SELECTOR, "#recurrence table.recurrence tr")
        assert len(rows) == len(recurrence["points"]) + 1, (len(rows), len(recurrence["points"]))
        assert "machine suggestions" in browser.find_element(By.CSS_SELECTOR, "#recurrence .note").text
        field.clear()
        field.send_keys('<img src=x onerror="window.__xss=4">')
        field.send_keys(Keys.ENTER)
        error = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, "#recurrence-result .error"))
        assert "onerror" in error.text, error.text
        assert browser.execute_script("return window.__xss === undefined")
        browser.save_screenshot(os.path.join(args.out, "3b-recurrence.png"))

        # A hostile report shows its markup as text; none of it runs.
        browser.get(base + "?q=zanzibarquux")
        hit = wait.until(lambda b: b.find_element(By.CSS_SELECTOR, ".hit"))
        assert "<script>" in hit.text or "onerror" in hit.text, hit.text
        assert browser.execute_script("return window.__xss === undefined")
        assert not browser.find_elements(By.CSS_SELECTOR, "#results img")
        browser.save_screenshot(os.path.join(args.out, "4-hostile-report.png"))
        print("browser test passed; screenshots in " + args.out)
        return 0
    finally:
        if browser:
            browser.quit()
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
