// What the browser gates share: where the site is, the offline bundle unpacked, the site served on 127.0.0.1,
// and Debian's Chromium started with the flags this closed network needs.
import { execFileSync, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, extname, normalize } from "node:path";
import { chromium } from "playwright-core";

export const root = resolve(import.meta.dirname, "../../..");
export const site = join(root, "site");
export const shots = join(root, "target/screenshots");
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml", ".zip": "application/zip" };

/** The offline bundle unpacked into a new folder, readable by the user linkchecker drops to; returns the folder. */
export function unpackBundle(prefix) {
  const bundle = mkdtempSync(join(tmpdir(), prefix));
  execFileSync("jar", ["xf", join(site, "downloads/statusdocs-offline.zip")], { cwd: bundle });
  spawnSync("chmod", ["-R", "a+rX", bundle, site]);
  spawnSync("chmod", ["a+rx", bundle]);
  return bundle;
}

/** Serves the site on 127.0.0.1 as a static host would (404.html for a missing path); resolves to the server. */
export async function serveSite() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(site, path.endsWith("/") ? path + "index.html" : path);
    if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": types[".html"] });
      res.end(readFileSync(join(site, "404.html")));
      return;
    }
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return server;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

// A new page at url in a fresh context; its console errors and uncaught errors go into errors.
export async function openPage(browser, errors, url, options = {}) {
  const context = await browser.newContext({ locale: "en-US", ...options });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(`${url}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`${url}: ${e.message}`));
  await page.goto(url);
  return page;
}

/**
 * What a gate file needs once before its tests: a built site, the bundle unpacked (fileBase is its site folder), the
 * site served over http (httpBase) and Chromium. Close it with stopGates.
 */
export async function startGates(prefix) {
  if (!existsSync(join(site, "en/index.html"))) {
    throw new Error("build the site first");
  }
  const bundle = unpackBundle(prefix);
  const server = await serveSite();
  return { bundle, fileBase: `file://${bundle}/statusdocs-offline/`, server,
    httpBase: `http://127.0.0.1:${server.address().port}/`, browser: await launchChromium() };
}

export async function stopGates(gates) {
  await gates?.browser?.close();
  gates?.server?.close();
}
