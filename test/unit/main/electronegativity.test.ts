import { describe, expect, it } from 'vitest';
import { isAllowed, parseAllowList, parseFindingsSarif, staleEntries, unjustified, type Finding } from '../../../scripts/electronegativity/findings';
import { checkElectron, loadAllowList } from '../../../scripts/electronegativity/run';

const finding = (over: Partial<Finding> = {}): Finding => ({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'electron/main.ts', location: '1:1', sample: 'win = new BrowserWindow(', description: 'd', ...over });

describe('electronegativity report parsing', () => {
  it('reads the SARIF report and cuts the flagged code from the source', () => {
    const sarif = JSON.stringify({
      runs: [
        {
          results: [
            { ruleId: 'CSP_GLOBAL_CHECK', level: 'warning', message: { text: 'No CSP' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' }, region: { startLine: 1, startColumn: 1, charLength: 0 } } }] },
            { ruleId: 'SANDBOX_JS_CHECK', level: 'note', message: { text: 'Use sandbox' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'electron\\main.ts' }, region: { startLine: 2, startColumn: 9, charLength: 24 } } }] },
          ],
        },
      ],
    });
    const sources: Record<string, string> = { 'electron/main.ts': 'line one\n  const win = new BrowserWindow({ x });\n' };
    expect(parseFindingsSarif(sarif, (f) => sources[f] ?? null)).toEqual([
      { check: 'CSP_GLOBAL_CHECK', severity: 'WARNING', confidence: '', file: 'N/A', location: '1:1', sample: '', description: 'No CSP' },
      { check: 'SANDBOX_JS_CHECK', severity: 'REVIEW', confidence: '', file: 'electron/main.ts', location: '2:9', sample: 'win = new BrowserWindow(', description: 'Use sandbox' },
    ]);
  });

  it('fails loudly on a report it cannot read rather than passing silently', () => {
    expect(() => parseFindingsSarif('', () => null)).toThrow(/no readable SARIF/);
    expect(() => parseFindingsSarif('{"runs":[{}]}', () => null)).toThrow(/no results/);
    expect(() => parseFindingsSarif('{"runs":[{"results":[{"ruleId":"x; rm -rf"}]}]}', () => null)).toThrow(/malformed/);
  });

  it('matches allow-list entries by check, file and flagged code only', () => {
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'electron/main.ts', sample: 'new BrowserWindow(', reason: 'options come from a tested pure function' };
    expect(isAllowed(finding(), entry)).toBe(true);
    expect(isAllowed(finding({ file: 'electron/other.ts' }), entry)).toBe(false);
    expect(isAllowed(finding({ check: 'NODE_INTEGRATION_JS_CHECK' }), entry)).toBe(false);
    expect(isAllowed(finding({ sample: 'new BrowserView(' }), entry)).toBe(false);
    expect(unjustified([finding(), finding({ check: 'X_CHECK' })], [entry]).map((f) => f.check)).toEqual(['X_CHECK']);
    expect(staleEntries([], [entry])).toEqual([entry]);
  });

  it('insists on a real reason in every allow-list entry', () => {
    expect(() => parseAllowList('{"entries":[{"check":"A","file":"f","reason":"ok"}]}')).toThrow(/real "reason"/);
    expect(() => parseAllowList('{"entries":{}}')).toThrow(/entries/);
    expect(loadAllowList().length).toBeGreaterThan(0);
  });
});

describe('electronegativity on main/', () => {
  it('has no finding that the reviewed allow-list does not justify, and no stale entry', { timeout: 120_000 }, () => {
    const { findings, failing, stale } = checkElectron();
    expect(findings.length).toBeGreaterThan(0);
    expect(failing.map((f) => `${f.severity} ${f.check} main/${f.file}:${f.location} ${f.sample}`)).toEqual([]);
    expect(stale.map((s) => `${s.check} ${s.file}`)).toEqual([]);
  });
});
