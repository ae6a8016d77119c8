// Gates for what a reader does beyond reading: choosing a theme, switching language mid-page, printing, and
// landing on a missing page, over file:// (the unpacked bundle) and http.
// Build the site first: java -jar target/statusdocs.jar build
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, site, openPage, startGates, stopGates } from "./harness.mjs";

let browser, server, httpBase, bundle;
const consoleErrors = [];

before(async () => {
  ({ browser, server, httpBase, bundle } = await startGates("statusdocs-pages-"));
});

after(async () => {
  await stopGates({ browser, server });
  assert.deepEqual(consoleErrors, []);
});

const open = (url, options) => openPage(browser, consoleErrors, url, options);
const bases = () => [["offline bundle over file://", `file://${bundle}/statusdocs-offline/`], ["site over http", httpBase]];

for (const [name, base] of [["offline bundle over file://", 0], ["site over http", 1]]) {
  test(`the theme a reader picks survives a reload and wins over the system's: ${name}`, async () => {
    const url = bases()[base][1];
    const page = await open(url + "en/429.html", { colorScheme: "light" });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.click(".theme-toggle");
    assert.equal(await page.getAttribute(".theme-toggle", "aria-pressed"), "true");
    const dark = await background();
    assert.notEqual(dark, light);
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    assert.equal(await background(), dark);
    const other = await page.context().newPage();
    await other.goto(url + "zh/404.html");
    assert.equal(await other.evaluate(() => getComputedStyle(document.body).backgroundColor), dark);
    await page.context().close();
  });

  test(`the language switch keeps the reader's place, and the root page remembers the choice: ${name}`, async () => {
    const url = bases()[base][1];
    const page = await open(url + "en/index.html#class-4xx", { locale: "en-US" });
    await Promise.all([page.waitForURL(/zh\/index\.html#class-4xx$/), page.click(".lang-switch")]);
    await page.goto(url + "index.html");
    await page.waitForURL(/zh\/index\.html$/);
    await page.context().close();
  });
}

test("printing shows every source's words, on white, whatever the screen's theme", async () => {
  const page = await open(`file://${bundle}/statusdocs-offline/en/421.html`, { colorScheme: "dark" });
  const quotes = () => page.$$eval(".claim blockquote", (all) => all.map((q) => q.checkVisibility()));
  assert.ok((await quotes()).length > 0);
  assert.ok((await quotes()).every((shown) => !shown), "closed on screen");
  await page.emulateMedia({ media: "print" });
  assert.ok((await quotes()).every((shown) => shown), "every quote printed");
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(255, 255, 255)");
  await page.context().close();
});

test("the offline bundle leaves out the files only a web host can use", () => {
  for (const file of ["404.html", "sitemap.xml", "robots.txt"]) {
    assert.ok(existsSync(join(site, file)), `${file} in the site`);
    assert.ok(!existsSync(join(bundle, "statusdocs-offline", file)), `${file} not in the bundle`);
  }
});

test("under serve, a missing page answers 404 with the site's style and working links", async () => {
  const project = mkdtempSync(join(tmpdir(), "statusdocs-serve-"));
  for (const dir of ["content", "templates"]) cpSync(join(root, dir), join(project, dir), { recursive: true });
  const jar = join(root, "target/statusdocs.jar");
  const serve = spawn("java", ["-jar", jar, "serve", "--root", project, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const address = await new Promise((ok, fail) => {
      let out = "";
      serve.stdout.on("data", (chunk) => {
        out += chunk;
        const found = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
        if (found) ok(found[0]);
      });
      serve.on("exit", (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
    });
    const page = await browser.newPage();
    const response = await page.goto(address + "en/no-such-page.html");
    assert.equal(response.status(), 404);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).fontFamily), "");
    assert.ok(await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 10)), "styled");
    await Promise.all([page.waitForURL(/\/zh\/index\.html$/), page.click("a[href$='zh/index.html']")]);
    assert.match(await page.title(), /statusdocs/);
    await page.close();
  } finally {
    serve.kill();
    rmSync(project, { recursive: true, force: true });
  }
});
