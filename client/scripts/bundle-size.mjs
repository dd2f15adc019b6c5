#!/usr/bin/env node
/**
 * The JavaScript a first visit downloads, gzipped: the entry chunk and what it
 * imports statically, the strings of one language, and the page's own chunks.
 * Any page can be the first (a shared link, a reload), so the heaviest page
 * counts. Reads Vite's manifest; fails above the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The heaviest first page is about 226 KB: room for a feature or two before the budget.
const BUDGET_KB = 250;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A chunk and its static imports, transitively. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}
const size = (keys) =>
  [...keys]
    .map((k) => manifest[k].file)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gzipped(f), 0);

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = closure(entryKey);
const extra = (key) => size([...closure(key)].filter((k) => !entry.has(k)));
const lazy = [...new Set(Object.values(manifest).flatMap((c) => c.dynamicImports ?? []))];
const named = (keys) =>
  keys
    .map((key) => ({ name: manifest[key].name ?? key, bytes: extra(key) }))
    .sort((a, b) => b.bytes - a.bytes);

const pages = named(lazy.filter((k) => k.startsWith('src/features/')));
const locales = named(lazy.filter((k) => k.startsWith('src/locales/')));
const onDemand = named(
  lazy.filter((k) => !k.startsWith('src/features/') && !k.startsWith('src/locales/')),
);

const entrySize = size(entry);
const locale = locales[0] ?? { name: '-', bytes: 0 };
const page = pages[0] ?? { name: '-', bytes: 0 };
const firstLoad = entrySize + locale.bytes + page.bytes;

console.log('\nJavaScript, gzipped');
console.log(`  entry (React, router, Apollo, Mantine, i18next, layout): ${kb(entrySize)}`);
console.log(
  `  strings of one language: ${locales.map((l) => `${l.name} ${kb(l.bytes)}`).join(', ')}`,
);
console.log('  pages (each its own chunks):');
for (const p of pages) console.log(`    ${p.name.padEnd(20)} ${kb(p.bytes)}`);
console.log(`  on demand: ${onDemand.map((o) => `${o.name} ${kb(o.bytes)}`).join(', ')}`);
console.log(
  `First-load JS, heaviest page (${page.name}): ${kb(firstLoad)} gzipped; budget ${BUDGET_KB} KB`,
);
if (firstLoad > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(firstLoad - BUDGET_KB * 1024)}`);
  process.exit(1);
}
