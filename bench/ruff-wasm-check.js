#!/usr/bin/env node
// Checks Python files with ruff's WebAssembly build (@astral-sh/ruff-wasm-nodejs), one Workspace
// for the whole run, so that bench/compare can time it beside the native tools.
//
//   node bench/ruff-wasm-check.js [--select E,W,F] [--line-length 79] [--print] PATH...
//
// A directory is walked in sorted order for .py and .pyi files, skipping the folders pyvet's
// discovery skips; files are read as UTF-8 and checked one after another (the WebAssembly build
// has no threads). Prints "N files, M findings" and where the time went last, and each finding
// with --print. The package
// is loaded from $RUFF_WASM_DIR/node_modules (bench/compare installs it there), else the usual
// way. Preview rules are on: ruff puts most of pycodestyle's E1, E2 and E3 checks in preview, so
// without it "E" would select far fewer checks than the other tools run.
'use strict';
const fs = require('fs');
const path = require('path');

const EXCLUDED = new Set(['.git', '.hg', '.svn', '.venv', 'venv', '__pycache__', '.tox', '.nox',
  '.eggs', 'build', 'dist', 'node_modules']);

function loadRuff() {
  const dir = process.env.RUFF_WASM_DIR;
  const name = '@astral-sh/ruff-wasm-nodejs';
  return require(dir ? path.resolve(dir, 'node_modules', name) : name);
}

function walk(dir, out, seen) {
  let real;
  try {
    real = fs.realpathSync(dir);
  } catch (e) {
    return;
  }
  if (seen.has(real)) return; // link loops
  seen.add(real);
  const names = fs.readdirSync(dir).sort();
  for (const name of names) {
    const p = path.join(dir, name);
    let st;
    try {
      st = fs.statSync(p);
    } catch (e) {
      continue;
    }
    if (st.isDirectory()) {
      if (!EXCLUDED.has(name)) walk(p, out, seen);
    } else if (name.endsWith('.py') || name.endsWith('.pyi')) {
      out.push(p);
    }
  }
}

function main(argv) {
  let select = ['E', 'W', 'F'];
  let lineLength = 79;
  let print = false;
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--select') select = argv[++i].split(',').filter((s) => s);
    else if (a === '--line-length') lineLength = Number(argv[++i]);
    else if (a === '--print') print = true;
    else paths.push(a);
  }
  const files = [];
  const seen = new Set();
  for (const p of paths) {
    if (fs.statSync(p).isDirectory()) walk(p, files, seen);
    else files.push(p);
  }
  const started = process.hrtime.bigint();
  const { Workspace, PositionEncoding } = loadRuff();
  const workspace = new Workspace(
    { 'line-length': lineLength, preview: true, lint: { select } },
    PositionEncoding.Utf32);
  const loaded = process.hrtime.bigint();
  let findings = 0;
  let failures = 0;
  const lines = [];
  for (const file of files) {
    let diagnostics;
    try {
      diagnostics = workspace.check(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      failures++;
      continue;
    }
    findings += diagnostics.length;
    if (print) {
      for (const d of diagnostics) {
        lines.push(`${file}:${d.start_location.row}:${d.start_location.column}: ${d.code} ${d.message}`);
      }
    }
  }
  const done = process.hrtime.bigint();
  const seconds = (a, b) => (Number(b - a) / 1e9).toFixed(2);
  if (print) process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
  process.stdout.write(`${files.length} files, ${findings} findings` +
    (failures ? `, ${failures} files ruff could not check` : '') + ` (ruff ${Workspace.version()}; ` +
    `${seconds(started, loaded)} s loading the module, ${seconds(loaded, done)} s checking)\n`,
    // Exit as soon as the output is out: otherwise node waits for V8 to finish optimising the
    // 10 MB module in the background, which can take longer than the checks themselves and
    // changes no result.
    () => process.exit(0));
}

main(process.argv.slice(2));
