// npm run package: store-ready zips of dist/chrome and dist/firefox in artifacts/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const artifacts = resolve(root, 'artifacts');
mkdirSync(artifacts, { recursive: true });
for (const browser of ['chrome', 'firefox']) {
  const filename = `truetitle-${browser}-${version}.zip`;
  rmSync(resolve(artifacts, filename), { force: true });
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest'], { cwd: root, stdio: 'inherit' });
  console.log(`packaged artifacts/${filename}`);
}
