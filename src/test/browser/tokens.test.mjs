// Unit tests of the search's tokenizer (templates/assets/search-tokens.js), which splits documents and queries alike.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { resolve } from "node:path";

const require = createRequire(import.meta.url);
const T = require(resolve(import.meta.dirname, "../../../templates/assets/search-tokens.js"));

test("Chinese runs become overlapping character pairs, a single character stays whole", () => {
  assert.deepEqual(T.tokens("网关超时"), ["网关", "关超", "超时"]);
  assert.deepEqual(T.tokens("超"), ["超"]);
});

test("Chinese punctuation, full-width or not, separates runs and never becomes a token", () => {
  assert.deepEqual(T.tokens("请求，超时。"), ["请求", "超时"]);
  assert.deepEqual(T.tokens("（网关）"), ["网关"]);
});

test("mixed scripts split where the script changes, without spaces", () => {
  assert.deepEqual(T.tokens("HTTP超时 gateway"), ["http", "超时", "gateway"]);
  assert.deepEqual(T.tokens("4xx 客户端错误"), ["4xx", "客户", "户端", "端错", "错误"]);
});

test("Latin words are folded for case and accents and split at hyphens and slashes", () => {
  assert.deepEqual(T.tokens("Café Retry-After"), ["cafe", "retry", "after"]);
  assert.deepEqual(T.tokens("HTTP/1.1"), ["http", "1", "1"]);
});

test("an apostrophe inside a word joins it; quotes around a word do not", () => {
  assert.deepEqual(T.tokens("I’m a teapot"), ["im", "a", "teapot"]);
  assert.deepEqual(T.tokens("'Found'"), ["found"]);
});

test("full-width letters and digits fold to ASCII", () => {
  assert.deepEqual(T.tokens("ＧＡＴＥＷＡＹ ４２９"), ["gateway", "429"]);
});

test("codes are single tokens, and a word is never split inside", () => {
  assert.deepEqual(T.tokens("429, 503."), ["429", "503"]);
  assert.deepEqual(T.tokens("joke"), ["joke"]);
});

test("runs report where they stand in the text as given, for highlighting", () => {
  assert.deepEqual(T.runs("a 超时!").map((r) => [r.text, r.start, r.end]), [["a", 0, 1], ["超时", 2, 4]]);
});

test("empty and missing texts give no tokens; arrays are tokenized element by element", () => {
  assert.deepEqual(T.tokens(""), []);
  assert.deepEqual(T.tokens(undefined), []);
  assert.deepEqual(T.tokens(["网关", "超时"]), ["网关", "超时"]);
});
