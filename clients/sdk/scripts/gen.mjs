// Generates src/api.gen.ts from docs/openapi.json (openapi-typescript).
//   node scripts/gen.mjs          write it
//   node scripts/gen.mjs --check  fail when the committed file is stale (run by `make test`)
// A $ref that points at a schema the document lacks is replaced by `unknown` (and reported), so a
// dangling reference in one error schema does not block the member API's types.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(here, "../../../docs/openapi.json");
const target = resolve(here, "../src/api.gen.ts");

const doc = JSON.parse(readFileSync(source, "utf8"));
const missing = new Set();
const resolvable = (ref) => {
  if (!ref.startsWith("#/")) return true;
  let node = doc;
  for (const part of ref.slice(2).split("/")) {
    node = node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (node === undefined) return false;
  }
  return true;
};
const patch = (node) => {
  if (Array.isArray(node)) return node.map(patch);
  if (node && typeof node === "object") {
    if (typeof node.$ref === "string" && !resolvable(node.$ref)) {
      missing.add(node.$ref);
      return {};
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, patch(v)]));
  }
  return node;
};
const fixed = patch(doc);
for (const ref of missing) console.error(`gen: ${ref} is not in docs/openapi.json; typed as unknown`);

const header =
  "// Generated from docs/openapi.json by clients/sdk/scripts/gen.mjs (openapi-typescript). Do not edit.\n" +
  "/* eslint-disable */\n";
const text = header + astToString(await openapiTS(fixed, { alphabetize: true }));

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {}
  if (current !== text) {
    console.error("clients/sdk/src/api.gen.ts is stale: run `make sdk-types` (docs/openapi.json changed)");
    process.exit(1);
  }
  console.log("sdk types fresh");
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
