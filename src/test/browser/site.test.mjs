// Quality gates on the built site and on the unpacked offline bundle: HTML validity (Nu checker), links
// (linkchecker), and a real Chromium (search, language switch, console errors, axe-core, screenshots).
// Build the site first: java -jar target/statusdocs.jar build
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { site, shots, openPage, startGates, stopGates } from "./harness.mjs";

const require = createRequire(import.meta.url);

let browser, server, httpBase, bundle;
const consoleErrors = [];

before(async () => {
  ({ browser, server, httpBase, bundle } = await startGates("statusdocs-bundle-"));
});

after(() => stopGates({ browser, server }));

const open = (url, options) => openPage(browser, consoleErrors, url, options);

async function visibleCodes(page) {
  return page.$$eval(".code-list li:not([hidden])", (items) => items.map((li) => li.dataset.code));
}

const bases = () => [["offline bundle over file://", `file://${bundle}/statusdocs-offline/`], ["site over http", httpBase]];

test("Nu HTML Checker finds no errors in the site", () => {
  const vnu = require.resolve("vnu-jar/build/dist/vnu.jar");
  const run = spawnSync("java", ["-jar", vnu, "--skip-non-html", "--errors-only", "--also-check-css", site], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
});

for (const [name, dir] of [["site", () => site], ["unpacked bundle", () => join(bundle, "statusdocs-offline")]]) {
  test(`linkchecker finds no broken links in the ${name}`, () => {
    const run = spawnSync("linkchecker", ["--no-status", "--check-extern", "--ignore-url=^https?://", `file://${dir()}/index.html`],
      { encoding: "utf8" });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
}

for (const [name, base] of [["offline bundle over file://", null], ["site over http", null]]) {
  test(`search finds codes, English words and Chinese words: ${name}`, async () => {
    const url = name.startsWith("offline") ? bases()[0][1] : bases()[1][1];
    const page = await open(url + "en/index.html");
    await page.focus("#q");
    await page.waitForSelector("html[data-search=ready]", { state: "attached" });
    await page.fill("#q", "42");
    const byPrefix = await visibleCodes(page);
    assert.ok(byPrefix.includes("421") && byPrefix.includes("429"), byPrefix.join());
    assert.ok(byPrefix.every((c) => c.startsWith("42")), byPrefix.join());
    await page.fill("#q", "teapot");
    assert.deepEqual(await visibleCodes(page), ["418"]);
    await page.fill("#q", "超时");
    const timeouts = await visibleCodes(page);
    assert.ok(timeouts.includes("408") && timeouts.includes("504"), timeouts.join());
    await page.fill("#q", "zzzz-no-such-code");
    assert.deepEqual(await visibleCodes(page), []);
    assert.equal(await page.isVisible(".no-results"), true);
    await page.close();

    const zh = await open(url + "zh/index.html");
    await zh.focus("#q");
    await zh.waitForSelector("html[data-search=ready]", { state: "attached" });
    await zh.fill("#q", "gateway");
    const gateways = await visibleCodes(zh);
    assert.ok(gateways.includes("502") && gateways.includes("504"), gateways.join());
    await zh.keyboard.press("Escape");
    await zh.click("body");
    await zh.keyboard.press("/");
    assert.equal(await zh.evaluate(() => document.activeElement.id), "q");
    await zh.fill("#q", "404");
    await Promise.all([zh.waitForURL(/404\.html$/), zh.press("#q", "Enter")]);
    await zh.close();
  });

  test(`language switch keeps the page and the root page picks a language: ${name}`, async () => {
    const url = name.startsWith("offline") ? bases()[0][1] : bases()[1][1];
    const page = await open(url + "en/421.html");
    await Promise.all([page.waitForURL(/zh\/421\.html$/), page.click(".lang-switch")]);
    assert.match(await page.textContent("h1"), /421/);
    await page.close();
    const chinese = await open(url + "index.html", { locale: "zh-CN" });
    await chinese.waitForURL(/zh\/index\.html$/);
    await chinese.close();
    const english = await open(url + "index.html", { locale: "en-GB" });
    await english.waitForURL(/en\/index\.html$/);
    await english.close();
  });
}

test("axe-core finds no accessibility violations on an index, a code page and the findings page", async () => {
  const axe = require.resolve("axe-core/axe.min.js");
  for (const lang of ["en", "zh"]) {
    for (const path of ["index.html", "421.html", "findings.html"]) {
      for (const scheme of ["light", "dark"]) {
        const page = await open(httpBase + `${lang}/${path}`, { colorScheme: scheme });
        await page.addScriptTag({ path: axe });
        const violations = await page.evaluate(() =>
          axe.run(document, { resultTypes: ["violations"], preload: false }).then((r) => r.violations));
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0].html}`), [],
          `${lang}/${path} (${scheme})`);
        await page.close();
      }
    }
  }
});

test("no page logs a console error", () => {
  assert.deepEqual(consoleErrors, []);
});

test("screenshots of an index and a code page, both languages, light and dark, phone and desktop", async () => {
  mkdirSync(shots, { recursive: true });
  const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  let taken = 0;
  for (const lang of ["en", "zh"]) {
    for (const path of ["index.html", "421.html"]) {
      for (const scheme of ["light", "dark"]) {
        for (const [device, viewport] of Object.entries(sizes)) {
          const page = await open(httpBase + `${lang}/${path}`, { colorScheme: scheme, viewport });
          const file = join(shots, `${lang}-${path.replace(".html", "")}-${scheme}-${device}.png`);
          await page.screenshot({ path: file, fullPage: path !== "index.html" });
          assert.ok(statSync(file).size > 10000, file);
          taken++;
          await page.close();
        }
      }
    }
  }
  assert.equal(taken, 16);
});
