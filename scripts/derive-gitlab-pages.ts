// One-off data preparation (not run by tests or CI): records which GitLab job-family page
// each labelled bullet came from, so the evaluation can rebuild the pages as postings.
// Usage: npx tsx scripts/derive-gitlab-pages.ts ../shared/data/gitlab-handbook/gitlab_jobfamily_responsibilities.tsv
import { readFileSync, writeFileSync } from 'node:fs';

const [source] = process.argv.slice(2);
if (!source) throw new Error('usage: derive-gitlab-pages.ts <gitlab_jobfamily_responsibilities.tsv>');
const lines = readFileSync(source, 'utf8').split('\n');
const out = ['id\tpage\ttitle_group\tjob_family'];
lines.forEach((line, index) => {
  if (index === 0 || !line.trim()) return;
  const [, pageTitle, titleGroup, isJob] = line.split('\t');
  out.push(`gitlab:${index + 1}\t${pageTitle}\t${titleGroup}\t${isJob}`);
});
writeFileSync('data/corpus/gitlab-pages.tsv', `${out.join('\n')}\n`);
console.log(`wrote ${out.length - 1} rows`);
