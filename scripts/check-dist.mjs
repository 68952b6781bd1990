// Fails when the freshly built dist/ differs from what is committed: workflows run dist/, so a
// change to src/ that was not rebuilt would ship old code. `git status` also sees new files.
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.trim()) {
  console.error('dist/ is not the build of src/. Run `npm run build` and commit dist/. Differences:');
  console.error(status);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ matches the build of src/.');
