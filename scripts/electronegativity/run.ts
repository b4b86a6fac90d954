import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllowList, parseFindingsSarif, staleEntries, unjustified, type AllowEntry, type Finding } from './findings';

export const ELECTRON_VERSION = '40.8.5';
const root = path.resolve(import.meta.dirname, '../..');

/** Runs electronegativity on main/ for our Electron version and returns its findings. */
export function runElectronegativity(input = path.join(root, 'main')): Finding[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hak-electronegativity-'));
  const report = path.join(dir, 'findings.sarif');
  try {
    const bin = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
    const r = spawnSync(process.execPath, [bin, '-i', input, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-o', report], { encoding: 'utf8', timeout: 120_000, cwd: root });
    if (r.error) throw r.error;
    if (!fs.existsSync(report)) throw new Error(`electronegativity produced no report (exit ${r.status}): ${(r.stderr || r.stdout).slice(-600)}`);
    return parseFindingsSarif(fs.readFileSync(report, 'utf8'), (file) => {
      const full = path.resolve(input, file);
      return full.startsWith(path.resolve(input) + path.sep) && fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function loadAllowList(): AllowEntry[] {
  return parseAllowList(fs.readFileSync(path.join(import.meta.dirname, 'allowlist.json'), 'utf8'));
}

export function checkElectron(): { findings: Finding[]; failing: Finding[]; stale: AllowEntry[] } {
  const findings = runElectronegativity();
  const allow = loadAllowList();
  return { findings, failing: unjustified(findings, allow), stale: staleEntries(findings, allow) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { findings, failing, stale } = checkElectron();
  for (const s of stale) console.log(`allow-list entry no longer needed: ${s.check} in ${s.file}`);
  for (const f of failing) console.log(`${f.severity} ${f.check} main/${f.file}:${f.location}  ${f.sample.slice(0, 120)}\n    ${f.description}`);
  console.log(`electronegativity: ${findings.length} findings, ${findings.length - failing.length} justified in scripts/electronegativity/allowlist.json, ${failing.length} not.`);
  process.exit(failing.length ? 1 : 0);
}
