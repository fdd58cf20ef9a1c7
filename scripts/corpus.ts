/**
 * `npm run corpus`: reads every document of ../shared/corpus (and the five seeds) with the
 * parser and prints, per field, how much of the hand-made labels it finds, then every miss by
 * file.
 *
 *   npm run corpus                  figures and misses
 *   npm run corpus -- --json        the figures as one JSON object (corpus and seeds)
 *   npm run corpus -- --quiet       figures only
 *   npm run corpus -- 041 neg_      only documents whose name contains one of these
 *   npm run corpus -- --field=items only misses of one field (items, decisions, date, invented …)
 *   npm run corpus -- --shared=DIR  another copy of the shared folder
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../lib/parser/index.ts';
import { FIELDS, loadCorpus, loadSeeds, scoreDocument, summarise, type CorpusFigures, type Document, type DocumentScore } from './corpus/score.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const filters = args.filter((a) => !a.startsWith('--'));

const shared = resolve(option('shared') ?? fileURLToPath(new URL('../../shared', import.meta.url)));
if (!existsSync(resolve(shared, 'corpus'))) {
  console.error(`sagsspor corpus: no corpus at ${shared}/corpus (put the shared folder beside the repository, or pass --shared=DIR)`);
  process.exit(1);
}

function scoreAll(documents: readonly Document[]): DocumentScore[] {
  return documents
    .filter((d) => filters.length === 0 || filters.some((f) => d.label.name.includes(f)))
    .map((d) => scoreDocument(d.label, parseText(d.text, { source: d.source })));
}

const corpusScores = scoreAll(loadCorpus(shared));
const seedScores = scoreAll(loadSeeds(shared));
const corpus = summarise(corpusScores);
const seeds = summarise(seedScores);

function percent(x: number): string {
  return `${(100 * x).toFixed(1)} %`;
}

function table(title: string, figures: CorpusFigures): void {
  console.log(`\n${title} (${figures.documents} documents)`);
  for (const f of FIELDS) {
    const t = figures.tallies[f];
    console.log(`  ${f.padEnd(13)} ${percent(figures.recall[f]).padStart(8)}   ${t.found} of ${t.of}`);
  }
  console.log(`  ${'invented'.padEnd(13)} ${percent(figures.inventedShare).padStart(8)}   ${figures.invented} of ${figures.parsedItems} parsed items match no label`);
  if (figures.negatives.of > 0) {
    console.log(`  ${'negatives'.padEnd(13)} ${percent(figures.negativesClean).padStart(8)}   ${figures.negatives.found} of ${figures.negatives.of} read as no items`);
  }
}

if (flag('json')) {
  console.log(JSON.stringify({ corpus, seeds }, null, 2));
} else {
  table('Corpus', corpus);
  table('Seeds', seeds);
  if (!flag('quiet')) {
    const only = option('field');
    console.log('\nMisses');
    for (const score of [...corpusScores, ...seedScores]) {
      const misses = score.misses.filter((m) => only === undefined || m.field === only);
      if (misses.length === 0) continue;
      console.log(`\n${score.name}`);
      for (const m of misses) console.log(`  ${m.field.padEnd(12)} want ${m.expected}\n  ${''.padEnd(12)} got  ${m.got}`);
    }
  }
}
