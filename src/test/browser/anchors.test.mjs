// Links to every part of a code page: each heading's id works in both languages, its self-link can be seen and
// reached, and a code's short link (NNN/index.html) opens the page in the reader's language, fragment kept.
// Build the site first: java -jar target/statusdocs.jar build
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { site, openPage, startGates, stopGates } from "./harness.mjs";

let gates, browser, server, bases;
const errors = [];

before(async () => {
  gates = await startGates("statusdocs-anchors-");
  ({ browser, server } = gates);
  bases = [["offline bundle over file://", gates.fileBase], ["site over http", gates.httpBase]];
});

after(() => stopGates(gates));

const fragment = "what-a-client-should-do";

test("a heading id on 429 exists in both languages and its text links to it", async () => {
  for (const [, base] of bases) {
    for (const lang of ["en", "zh"]) {
      const page = await openPage(browser, errors, `${base}${lang}/429.html#${fragment}`);
      const href = await page.getAttribute(`h2#${fragment} a.self-link`, "href");
      assert.equal(href, `#${fragment}`, `${lang}/429.html`);
      await page.close();
    }
  }
});

test("the self-link's mark shows on keyboard focus and always on a touch screen, not at rest", async () => {
  const [, base] = bases[1];
  const mark = (page) => page.$eval(`h2#${fragment} a.self-link`, (a) => getComputedStyle(a, "::after").opacity);
  const desktop = await openPage(browser, errors, `${base}en/429.html`);
  assert.equal(await mark(desktop), "0");
  for (let i = 0; i < 60 && !(await desktop.evaluate(() => document.activeElement?.classList.contains("self-link"))); i++) {
    await desktop.keyboard.press("Tab");
  }
  assert.equal(await desktop.evaluate(() => getComputedStyle(document.activeElement, "::after").opacity), "1");
  await desktop.close();
  const phone = await openPage(browser, errors, `${base}en/429.html`, { hasTouch: true, isMobile: true });
  assert.equal(await mark(phone), "1");
  await phone.close();
});

test("the short link opens the page in the browser's language with the fragment, and English without JavaScript", async () => {
  for (const [name, base] of bases) {
    for (const [locale, lang] of [["zh-CN", "zh"], ["en-GB", "en"]]) {
      const page = await openPage(browser, errors, `${base}429/index.html#${fragment}`, { locale });
      await page.waitForURL(new RegExp(`${lang}/429\\.html#${fragment}$`));
      assert.ok(await page.$(`#${fragment}`), `${name} ${locale}`);
      await page.close();
    }
    const noScript = await openPage(browser, errors, `${base}429/index.html`, { javaScriptEnabled: false, locale: "zh-CN" });
    await noScript.waitForURL(/en\/429\.html$/);
    await noScript.close();
  }
});

test("linkchecker resolves every #fragment, the source pages' line anchors included", () => {
  const config = join(mkdtempSync(join(tmpdir(), "statusdocs-linkcheckrc-")), "linkcheckerrc");
  writeFileSync(config, "[filtering]\nignore=\n  ^https?://\n[AnchorCheck]\n");
  spawnSync("chmod", ["-R", "a+rX", join(config, "..")]);
  const run = spawnSync("linkchecker", ["--no-status", "--check-extern", "-r", "1", "-f", config, `file://${site}/en/421.html`,
    `file://${site}/zh/421.html`, `file://${site}/en/sources.html`], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});

test("axe-core finds no violations on a source page and a code page's evidence, opened", async () => {
  const axe = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
  for (const path of ["en/source-zh-pdf.html#L493", "zh/source-rfc9110-excerpt.html", "en/421.html", "zh/421.html"]) {
    for (const scheme of ["light", "dark"]) {
      const page = await openPage(browser, errors, `${bases[1][1]}${path}`, { colorScheme: scheme });
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(() =>
        axe.run(document, { resultTypes: ["violations"], preload: false }).then((r) => r.violations));
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0].html}`), [], `${path} ${scheme}`);
      await page.close();
    }
  }
});

test("no page logs a console error", () => {
  assert.deepEqual(errors, []);
});
