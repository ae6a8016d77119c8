// The search in a real Chromium: the query set (queries.json) over file:// (the unpacked offline bundle) and over
// http://127.0.0.1, the box's behaviour, the budgets of the issue (index size, first focus, keystroke to results,
// with 4x CPU slowdown) and screenshots with results open. Build the site first: java -jar target/statusdocs.jar build
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { site, shots, openPage, startGates, stopGates } from "./harness.mjs";

const queries = JSON.parse(readFileSync(join(import.meta.dirname, "queries.json"), "utf8"));
const SEARCH_FILES = /assets\/(search-index|search-tokens|search-text|search)\.js$/;
// The index grows with the content: issue 15 set 80 KB for the 67 codes of the time, about 1.2 KB per code.
const BUDGET = { indexGzipBytesPerCode: 1200, firstFocusMs: 150, keystrokeMs: 50 };

let browser, server, httpBase, fileBase;
const consoleErrors = [];

before(async () => {
  ({ browser, server, httpBase, fileBase } = await startGates("statusdocs-search-"));
});

after(() => stopGates({ browser, server }));

const open = (url, options) => openPage(browser, consoleErrors, url, options);

async function throttled(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}

async function ready(page) {
  await page.focus("#q");
  await page.waitForSelector("html[data-search=ready]", { state: "attached" });
}

/** What the query set expects of one query's ranked codes; an empty list when it is met. */
function problems(entry, codes) {
  const out = [];
  const top = codes.slice(0, (entry.first || []).length);
  if (entry.none && codes.length) { out.push(`expected no result, got ${codes.join(" ")}`); }
  if (entry.first && (entry.ordered ? top.join() !== entry.first.join()
    : [...top].sort().join() !== [...entry.first].sort().join())) {
    out.push(`first ${entry.first.join(" ")}${entry.ordered ? " in order" : ""}, got ${codes.join(" ")}`);
  }
  if (entry.only && [...codes].sort().join() !== [...entry.only].sort().join()) {
    out.push(`only ${entry.only.join(" ")}, got ${codes.join(" ")}`);
  }
  for (const code of entry.includes || []) { if (!codes.includes(code)) { out.push(`missing ${code}`); } }
  for (const code of entry.excludes || []) { if (codes.includes(code)) { out.push(`unexpected ${code}`); } }
  if (entry.allStartWith && !codes.every((c) => c.startsWith(entry.allStartWith))) {
    out.push(`all should start with ${entry.allStartWith}: ${codes.join(" ")}`);
  }
  return out;
}

/** Types each query into the box of a code page and returns the ranked codes it found, with the time to paint. */
async function runQueries(page, list) {
  const out = [];
  for (const entry of list) {
    const result = await page.evaluate((q) => new Promise((done) => {
      const input = document.getElementById("q");
      const start = performance.now();
      input.value = q;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      requestAnimationFrame(() => setTimeout(() => done({ ms: performance.now() - start,
        codes: window.statusdocsSearchShown }), 0));
    }), entry.q);
    out.push({ entry, ...result });
  }
  return out;
}

test("the query set has at least 40 queries in both languages, with no-result cases", () => {
  assert.ok(queries.length >= 40, `${queries.length} queries`);
  assert.ok(queries.some((q) => q.lang === "en") && queries.some((q) => q.lang === "zh"));
  assert.ok(queries.filter((q) => q.none).length >= 3);
});

for (const [name, base] of [["file:// (offline bundle)", () => fileBase], ["http://127.0.0.1", () => httpBase]]) {
  test(`every query of the query set finds its codes first: ${name}`, async () => {
    const failures = [];
    for (const lang of ["en", "zh"]) {
      const page = await open(`${base()}${lang}/421.html`);
      await ready(page);
      for (const { entry, codes } of await runQueries(page, queries.filter((q) => q.lang === lang))) {
        const found = problems(entry, codes);
        if (found.length) { failures.push(`${JSON.stringify(entry.q)} (${entry.why}): ${found.join("; ")}`); }
      }
      await page.close();
    }
    console.log(`query set over ${name}: ${queries.length - failures.length}/${queries.length} pass`);
    assert.deepEqual(failures, []);
  });
}

test("the search index is at most 1.2 KB gzipped per code and safe to load as a script", () => {
  const index = readFileSync(join(site, "assets/search-index.js"));
  const gzipped = gzipSync(index, { level: 9 }).length;
  console.log(`search-index.js: ${index.length} bytes, ${gzipped} gzipped`);
  const codes = JSON.parse(readFileSync(join(site, "data/codes.json"), "utf8")).length;
  assert.ok(gzipped <= BUDGET.indexGzipBytesPerCode * codes, `${gzipped} bytes gzipped for ${codes} codes`);
  assert.ok(!index.toString("utf8").includes("<"), "a '<' in the data could end a script element");
});

test("a code page loads no search code or index until the box is focused", async () => {
  const page = await open(`${httpBase}en/421.html`);
  const loaded = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  assert.deepEqual((await loaded()).filter((n) => SEARCH_FILES.test(n)), []);
  await ready(page);
  await page.waitForFunction(() => window.statusdocsText);
  assert.equal((await loaded()).filter((n) => SEARCH_FILES.test(n)).length, 4);
  await page.close();
});

// The two timing budgets are measured and printed on every run, and enforced only on request
// (STATUSDOCS_ENFORCE_BUDGETS=1): on a shared machine a timing assertion fails with the load, not the code.
const enforceBudgets = process.env.STATUSDOCS_ENFORCE_BUDGETS === "1";

test("measures first focus to results ready with 4x CPU slowdown (budget 150 ms)", async () => {
  const times = [];
  for (let run = 0; run < 5; run++) {
    const page = await open(`${httpBase}en/421.html`);
    await throttled(page);
    await ready(page);
    times.push(await page.evaluate(() => window.statusdocsSearchReady - window.statusdocsSearchFocus));
    await page.close();
  }
  const median = times.sort((a, b) => a - b)[2];
  console.log(`first focus to results ready, 4x CPU slowdown: median ${median.toFixed(1)} ms of ${times.map((t) => t.toFixed(0)).join(", ")}`);
  assert.equal(times.length, 5);
  if (enforceBudgets) { assert.ok(median <= BUDGET.firstFocusMs, `median ${median} ms`); }
});

test("measures keystroke to results painted over the query set with 4x CPU slowdown (budget 50 ms)", async () => {
  const times = [];
  for (const lang of ["en", "zh"]) {
    const page = await open(`${httpBase}${lang}/421.html`);
    await ready(page);
    await throttled(page);
    for (const { ms } of await runQueries(page, queries.filter((q) => q.lang === lang))) { times.push(ms); }
    await page.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`keystroke to results painted, 4x CPU slowdown: median ${median.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length}`);
  assert.ok(times.every((ms) => Number.isFinite(ms)), "every query painted its results");
  if (enforceBudgets) { assert.ok(median <= BUDGET.keystrokeMs, `median ${median} ms`); }
});

test("the box in a code page's header lists results with both names and a highlighted snippet; keys move, open, close", async () => {
  const page = await open(`${fileBase}zh/421.html`);
  await ready(page);
  await page.keyboard.type("gateway");
  await page.waitForSelector(".search-panel:not([hidden])");
  assert.equal(await page.getAttribute("#q", "aria-expanded"), "true");
  const first = await page.$eval("[role=option]", (o) => ({ text: o.textContent, marks: [...o.querySelectorAll("mark")].map((m) => m.textContent) }));
  assert.match(first.text, /^50[24]/);
  assert.match(first.text, /网关/);
  assert.ok(first.marks.some((m) => /gateway/i.test(m)), first.marks.join());
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const active = await page.getAttribute("#q", "aria-activedescendant");
  assert.equal(await page.getAttribute(`#${active}`, "aria-selected"), "true");
  const href = await page.getAttribute(`#${active}`, "href");
  await page.keyboard.press("Escape");
  assert.equal(await page.isVisible(".search-panel"), false);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await Promise.all([page.waitForURL(new RegExp(href.replace(".", "\\.") + "$")), page.keyboard.press("Enter")]);
  await page.close();
});

test("a result found by its body text quotes the body round the highlighted word", async () => {
  const page = await open(`${httpBase}zh/421.html`);
  await ready(page);
  await page.waitForFunction(() => window.statusdocsText);
  await page.keyboard.type("超时");
  await page.waitForSelector(".search-panel:not([hidden])");
  const snippets = await page.$$eval(".search-option-snippet", (all) => all.map((s) => ({ text: s.textContent,
    marks: [...s.querySelectorAll("mark")].map((m) => m.textContent) })));
  assert.ok(snippets.length >= 5, JSON.stringify(snippets));
  for (const snippet of snippets) { assert.deepEqual([...new Set(snippet.marks)], ["超时"], snippet.text); }
  await page.close();
});

test("'/' focuses the box from anywhere on a code page", async () => {
  const page = await open(`${httpBase}en/404.html`);
  await page.click("h1");
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement.id), "q");
  await page.close();
});

test("the count uses strings.yaml with singular and plural; no result shows nearest codes and the full list", async () => {
  const en = await open(`${httpBase}en/index.html?q=teapot`);
  await en.waitForSelector("html[data-search=ready]", { state: "attached" });
  assert.equal(await en.textContent("#search-status"), "1 code matches");
  await en.fill("#q", "42");
  const codes42 = JSON.parse(readFileSync(join(site, "data/codes.json"), "utf8")).filter((c) => String(c.code).startsWith("42"));
  assert.equal(await en.textContent("#search-status"), `${codes42.length} codes match`);
  await en.fill("#q", "599");
  assert.equal(await en.textContent("#search-status"), "No code matches.");
  assert.equal(await en.isVisible(".no-results"), true);
  const all = JSON.parse(readFileSync(join(site, "data/codes.json"), "utf8")).map((c) => c.code);
  const below = Math.max(...all.filter((c) => c < 599)), above = Math.min(...all.filter((c) => c > 599));
  assert.match(await en.textContent(".no-results .nearest"), new RegExp(`${below}.*${above}`));
  assert.equal(await en.getAttribute(".no-results a[href='index.html']", "href"), "index.html");
  await en.close();
  const zh = await open(`${fileBase}zh/index.html?q=418`);
  await zh.waitForSelector("html[data-search=ready]", { state: "attached" });
  assert.equal(await zh.textContent("#search-status"), "匹配 1 个状态码");
  await zh.close();
});

test("?q= on an index fills and runs the search, hides class links to hidden sections, and survives Back", async () => {
  for (const base of [fileBase, httpBase]) {
    const page = await open(`${base}en/index.html?q=${encodeURIComponent("5 gateway")}`);
    await page.waitForSelector("html[data-search=ready]", { state: "attached" });
    assert.equal(await page.inputValue("#q"), "5 gateway");
    const shown = await page.$$eval(".code-list li:not([hidden])", (items) => items.map((li) => li.dataset.code));
    assert.ok(shown.includes("502") && shown.includes("504") && shown.every((c) => c.startsWith("5")), shown.join());
    assert.equal(await page.isVisible(".class-nav a[href='#class-5xx']"), true);
    assert.equal(await page.isVisible(".class-nav a[href='#class-2xx']"), false);
    await page.fill("#q", "teapot");
    await Promise.all([page.waitForURL(/418\.html$/), page.click(".code-list li:not([hidden]) a")]);
    await page.goBack();
    await page.waitForSelector("html[data-search=ready]", { state: "attached" });
    assert.equal(await page.inputValue("#q"), "teapot");
    assert.deepEqual(await page.$$eval(".code-list li:not([hidden])", (items) => items.map((li) => li.dataset.code)), ["418"]);
    await page.close();
  }
});

test("screenshots with results open: desktop and phone, both languages, light and dark", async () => {
  mkdirSync(shots, { recursive: true });
  const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  const typed = { en: "retry", zh: "超时" };
  for (const lang of ["en", "zh"]) {
    for (const scheme of ["light", "dark"]) {
      for (const [device, viewport] of Object.entries(sizes)) {
        const page = await open(`${httpBase}${lang}/421.html`, { colorScheme: scheme, viewport });
        await ready(page);
        await page.waitForFunction(() => window.statusdocsText);
        await page.keyboard.type(typed[lang]);
        await page.keyboard.press("ArrowDown");
        await page.waitForSelector(".search-panel:not([hidden])");
        const file = join(shots, `${lang}-search-${scheme}-${device}.png`);
        await page.screenshot({ path: file });
        assert.ok(statSync(file).size > 10000, file);
        await page.close();
      }
    }
  }
});

test("no search page logs a console error", () => {
  assert.deepEqual(consoleErrors, []);
});
