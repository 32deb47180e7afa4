// Build-time driver for pyc_stdlib_pyodide.py: boots the pinned Pyodide under
// Node, unpacks the assessment wheel onto sys.path, and
// writes the precompiled boot zip. Usage:
//   node pyc_stdlib.mjs PYODIDE_DIR WHEEL SCRIPT_PY OUT_ZIP
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheel, script, out] = process.argv.slice(2).map((arg) => resolve(arg));
const { loadPyodide } = await import(pathToFileURL(pyodideDir + "/pyodide.mjs").href);
// PYTHONNODEBUGRANGES: the compiler then keeps each instruction's line but not
// its columns, which were a quarter of the zip's brotli bytes; a traceback still
// names file and line, only without the ^^^ under the failing expression.
// CPython reads it once, at start-up, so it is set here and nowhere else.
const pyodide = await loadPyodide({ indexURL: pyodideDir + "/", env: { PYTHONNODEBUGRANGES: "1" } });
// Unpacked beside the stdlib rather than into site-packages: finding
// site-packages would import sysconfig, which the browser never needs, and
// every module imported here ends up in the boot zip.
const packageDir = "/tmp/oih-package";
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "zip", { extractDir: packageDir });
pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(packageDir)})`);
const namespace = pyodide.globals.get("dict")();
pyodide.runPython(readFileSync(script, "utf8"), { globals: namespace });
let report;
try {
  report = namespace.get("build")("/tmp/boot.pyc.zip");
} catch (error) {
  // Python's own message last: pyc_stdlib.py shows only the tail of stderr,
  // and Node would end it with the JavaScript stack instead.
  process.stderr.write(String(error.message) + "\n");
  process.exit(1);
}
writeFileSync(out, pyodide.FS.readFile("/tmp/boot.pyc.zip"));
process.stdout.write(report + "\n");
