// The SDK's size as a mini-program ships it: dist bundled into one file, minified, then gzipped.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

const out = await build({
  entryPoints: [new URL("../dist/index.js", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2017",
  write: false,
});
const code = out.outputFiles[0].contents;
const gz = gzipSync(code, { level: 9 }).length;
console.log(`sdk size: ${code.length} B minified, ${gz} B minified+gzip`);
