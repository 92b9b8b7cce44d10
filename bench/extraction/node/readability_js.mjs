// Runs Mozilla Readability.js (pinned in package.json) over the corpus and
// writes one JSONL line {"id", "text"} per page to stdout; the seconds
// spent parsing and extracting (file reading excluded) go to stderr.
//
//   node readability_js.mjs CORPUS_DIR > out.jsonl 2> seconds.txt
import fs from 'node:fs';
import {JSDOM, VirtualConsole} from 'jsdom';
import {Readability} from '@mozilla/readability';

const dir = process.argv[2];
const lines = fs.readFileSync(`${dir}/truth.jsonl`, 'utf8').trim().split('\n');
let seconds = 0;
for (const line of lines) {
  const {id, url} = JSON.parse(line);
  const html = fs.readFileSync(`${dir}/html/${id}.html`, 'utf8');
  const start = process.hrtime.bigint();
  let text = '';
  try {
    const dom = new JSDOM(html, {url, virtualConsole: new VirtualConsole()});
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    text = '';
  }
  seconds += Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(JSON.stringify({id, text}) + '\n');
}
process.stderr.write(`${seconds}\n`);
