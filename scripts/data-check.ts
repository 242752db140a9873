/**
 * `npm run data:check [dataDir]`: validates the dataset and prints a summary.
 * The last line is machine-readable:
 *   initiatives=N organizations=N memberships=N sourced=P% dated=P%
 * where sourced counts memberships with an https source marked confirmed, and
 * dated those with a joined date. Exits 1 with the problem list on invalid data.
 */
import { DatasetError, loadDataset } from '../lib/dataset/load';
import type { SourceDataset } from '../lib/dataset/schema';

function percent(part: number, whole: number): string {
  if (whole === 0) return '0';
  const p = (part / whole) * 100;
  return Number.isInteger(p) ? String(p) : p.toFixed(1);
}

const isSourced = (m: { source: string; confirmed: boolean }) =>
  m.confirmed && m.source.startsWith('https://');

function summarize(dataset: SourceDataset): string[] {
  const rows = dataset.initiatives.map((i) => ({
    id: i.id,
    members: i.members.length,
    sourced: i.members.filter(isSourced).length,
    dated: i.members.filter((m) => m.joined !== null).length,
  }));
  const width = Math.max('initiative'.length, ...rows.map((r) => r.id.length));
  const line = (a: string, b: string | number, c: string | number, d: string | number) =>
    `${a.padEnd(width)}  ${String(b).padStart(7)}  ${String(c).padStart(7)}  ${String(d).padStart(7)}`;
  const all = dataset.initiatives.flatMap((i) => i.members);
  const sourced = all.filter(isSourced).length;
  const dated = all.filter((m) => m.joined !== null).length;
  return [
    `Dataset as of ${dataset.meta.asOf}`,
    '',
    line('initiative', 'members', 'sourced', 'dated'),
    ...rows.map((r) => line(r.id, r.members, r.sourced, r.dated)),
    line('total', all.length, sourced, dated),
    '',
    `initiatives=${dataset.initiatives.length} organizations=${dataset.organizations.length} ` +
      `memberships=${all.length} sourced=${percent(sourced, all.length)}% dated=${percent(dated, all.length)}%`,
  ];
}

function main(): void {
  const dataDir = process.argv[2] ?? 'data';
  try {
    console.log(summarize(loadDataset(dataDir)).join('\n'));
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

main();
