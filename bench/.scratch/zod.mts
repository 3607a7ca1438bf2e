import { readFileSync } from 'node:fs';
import { catalogSchema } from '../../src/store/schemas.js';
const c = JSON.parse(readFileSync('/tmp/scratch/data1/catalog.json', 'utf8'));
const t: number[] = [];
for (let i = 0; i < 7; i++) { const s = performance.now(); catalogSchema.parse(c); t.push(performance.now() - s); }
console.log('catalogSchema.parse ms', t.map((x) => x.toFixed(0)).join(' '));
