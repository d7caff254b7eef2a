// Where the shipped seed documents live: `seeds/` at the project (or extension) root, two
// levels above the bundled server/out/*.js.
import path from 'node:path';
import fs from 'node:fs';

export function seedsFolder(from: string = __dirname): string {
  for (const candidate of [
    path.resolve(from, '../../seeds'),
    path.resolve(from, '../../../seeds'),
    path.resolve(from, '../../../../seeds'),
  ]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.resolve(from, '../../seeds');
}
