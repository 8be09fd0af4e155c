// Checks a published data package with the Frictionless reference library for JavaScript
// (datapackage, from npm): `node datapackage.mjs DIR/datapackage.json` loads the descriptor in
// strict mode (which validates it against its profile), then reads every resource, casting each
// cell to its field's type and checking the primary key, the constraints and the foreign keys.
// Prints one line per problem and exits with 1 when there is any, 0 when there is none.
//
// Our CSV files start with a UTF-8 byte-order mark, for spreadsheet programs. This library (unlike
// Frictionless for Python) would read the mark as part of the first column's name, so the script
// checks that each file has it and reads a copy without it, in a temporary folder.
import datapackage from 'datapackage';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const [descriptor] = process.argv.slice(2);
if (!descriptor) {
  console.error('usage: node datapackage.mjs PATH/datapackage.json');
  process.exit(2);
}
let problems = 0;
const report = (where, error) => {
  problems++;
  const inner = error.errors && error.errors.length ? error.errors.map((e) => e.message).join('; ') : '';
  console.log(`${where}: ${error.message}${inner ? ` (${inner})` : ''}`);
};
const copy = mkdtempSync(join(tmpdir(), 'datapackage-'));
for (const file of readdirSync(dirname(descriptor))) {
  const bytes = readFileSync(join(dirname(descriptor), file));
  if (file.endsWith('.csv')) {
    if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) {
      report(file, new Error('expected a UTF-8 byte-order mark at the start, found none'));
      writeFileSync(join(copy, file), bytes);
    } else {
      writeFileSync(join(copy, file), bytes.subarray(3));
    }
  } else {
    copyFileSync(join(dirname(descriptor), file), join(copy, file));
  }
}
let pkg;
try {
  pkg = await datapackage.Package.load(join(copy, basename(descriptor)), { strict: true });
} catch (error) {
  report(descriptor, error);
  process.exit(1);
}
for (const resource of pkg.resources) {
  try {
    const rows = await resource.read({ keyed: true, relations: true });
    console.error(`${resource.name}: ${rows.length} row(s) read`);
  } catch (error) {
    report(resource.name, error);
  }
}
console.error(`datapackage: ${pkg.resources.length} resource(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
