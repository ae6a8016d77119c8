// Unit tests of the search's tokenizer in the browser (templates/assets/search-tokens.js), which splits what a reader
// types. The cases in tokens.json are shared with the build's tokenizer (SearchTokensTest), so both split alike.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const require = createRequire(import.meta.url);
const T = require(resolve(import.meta.dirname, "../../../templates/assets/search-tokens.js"));
const cases = JSON.parse(readFileSync(resolve(import.meta.dirname, "tokens.json"), "utf8"));

for (const entry of cases) {
  test(`tokens: ${entry.why}`, () => {
    assert.deepEqual(T.tokens(entry.text), entry.tokens, JSON.stringify(entry.text));
  });
}

test("runs report where they stand in the text as given, for highlighting", () => {
  assert.deepEqual(T.runs("a 超时!").map((r) => [r.text, r.start, r.end]), [["a", 0, 1], ["超时", 2, 4]]);
});

test("missing texts give no tokens; arrays are tokenized element by element", () => {
  assert.deepEqual(T.tokens(undefined), []);
  assert.deepEqual(T.tokens(["网关", "超时"]), ["网关", "超时"]);
});
