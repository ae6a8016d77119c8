// Copy buttons, over file:// (the offline bundle) and http: a click puts exactly the button's text on the
// clipboard, through the Clipboard API or, when that refuses, the textarea fallback; the button and a live
// region say so in the page's language. Build the site first: java -jar target/statusdocs.jar build
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { site, startGates, stopGates } from "./harness.mjs";

let browser, server, httpBase, bundle;
const errors = [];

before(async () => {
  ({ browser, server, httpBase, bundle } = await startGates("statusdocs-copy-"));
});

after(() => stopGates({ browser, server }));

const bases = () => [["file://", `file://${bundle}/statusdocs-offline/`], ["http", httpBase]];

// A page in a context that may read the clipboard; with refuseApi, navigator.clipboard.writeText always fails.
async function open(url, refuseApi = false) {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  if (refuseApi) {
    await context.addInitScript(() => {
      if (navigator.clipboard) {
        window.testWriteClipboard = navigator.clipboard.writeText.bind(navigator.clipboard);
        navigator.clipboard.writeText = () => Promise.reject(new Error("refused for the test"));
      }
    });
  }
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(`${url}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`${url}: ${e.message}`));
  await page.goto(url);
  return page;
}

// Clicks the button and returns what the clipboard then holds, what the button expected, and what was said.
async function copy(page, selector) {
  await page.evaluate(() => (window.testWriteClipboard || navigator.clipboard.writeText.bind(navigator.clipboard))(
    "(clipboard before the click)"));
  const button = page.locator(selector).first();
  const expected = await button.getAttribute("data-copy");
  await button.click();
  await page.waitForFunction((s) => document.querySelector(s).classList.contains("copy-done")
    || document.querySelector(s).classList.contains("copy-failed"), selector);
  await page.waitForFunction(() => document.querySelector("[role=status][aria-live]").textContent !== "");
  return {
    expected,
    copied: await page.evaluate(() => navigator.clipboard.readText()),
    label: await button.textContent(),
    announced: await page.$eval("[role=status][aria-live]", (e) => e.textContent),
  };
}

for (const name of ["file://", "http"]) {
  test(`an example's copy button copies the exchange exactly: ${name}`, async () => {
    const url = bases().find(([n]) => n === name)[1];
    for (const refuseApi of [false, true]) {
      const page = await open(url + "en/429.html", refuseApi);
      const result = await copy(page, ".examples .copy-button");
      assert.match(result.expected, /^GET \/v1\/search\?q=teapot HTTP\/1\.1\n[\s\S]*HTTP\/1\.1 429 Too Many Requests\n/);
      assert.equal(result.copied, result.expected, `clipboard after the click (API refused: ${refuseApi})`);
      assert.equal(result.label, "Copied");
      assert.equal(result.announced, "Copied");
      await page.context().close();
    }
  });

  test(`an http block written in a page gets a copy button in the page's language: ${name}`, async () => {
    const url = bases().find(([n]) => n === name)[1];
    const page = await open(url + "zh/426.html");
    const selector = ".body .http-block .copy-button";
    assert.equal(await page.locator(selector).first().textContent(), "复制");
    const result = await copy(page, selector);
    assert.equal(result.expected, await page.locator(".body pre.http").first().textContent());
    assert.equal(result.copied, result.expected);
    assert.equal(result.label, "已复制");
    await page.context().close();
  });
}

test("copying logs no console error", () => {
  assert.deepEqual(errors, []);
});
