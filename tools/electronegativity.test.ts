import { describe, expect, it } from 'vitest';
import { ALLOW_LIST, evaluateFindings, type AllowListEntry, type Finding } from './electronegativity';

function finding(overrides: Partial<Finding>): Finding {
  return {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    severity: 'HIGH',
    confidence: 'FIRM',
    file: 'main.cjs',
    line: 1,
    column: 1,
    sample: 'const win = new BrowserWindow({ webPreferences: { contextIsolation: false } });',
    manualReview: false,
    description: '',
    ...overrides,
  };
}

const happyDomWindow = finding({ sample: 'this.window = new BrowserWindow(this);' });

describe('evaluateFindings', () => {
  it('fails on a HIGH finding that the allow-list does not explain', () => {
    const evaluation = evaluateFindings([finding({})], ALLOW_LIST);
    expect(evaluation.passed).toBe(false);
    expect(evaluation.failing).toHaveLength(1);
    expect(evaluation.summary).toMatch(/HIGH failing 1 -> FAIL$/);
  });

  it('passes a HIGH finding the allow-list explains, and reports it as allowed', () => {
    const evaluation = evaluateFindings([happyDomWindow], ALLOW_LIST);
    expect(evaluation.passed).toBe(true);
    expect(evaluation.allowed.map((a) => a.entry.id)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(evaluation.unusedEntries).toEqual([]);
  });

  it('matches the allow-list on check, bundle and source text, not on the check alone', () => {
    expect(evaluateFindings([finding({ sample: 'new BrowserWindow({})' })], ALLOW_LIST).passed).toBe(false);
    expect(evaluateFindings([{ ...happyDomWindow, file: 'preload.cjs' }], ALLOW_LIST).passed).toBe(false);
    expect(evaluateFindings([{ ...happyDomWindow, id: 'NODE_INTEGRATION_JS_CHECK' }], ALLOW_LIST).passed).toBe(false);
  });

  it('does not fail on MEDIUM or LOW findings, but counts them', () => {
    const evaluation = evaluateFindings(
      [finding({ severity: 'MEDIUM', id: 'CSP_GLOBAL_CHECK', file: 'N/A' }), finding({ severity: 'LOW', id: 'X' }), happyDomWindow],
      ALLOW_LIST,
    );
    expect(evaluation.passed).toBe(true);
    expect(evaluation.counts).toEqual({ HIGH: 1, MEDIUM: 1, LOW: 1, INFORMATIONAL: 0 });
    expect(evaluation.summary).toBe(
      'electronegativity: 3 finding(s) (HIGH 1, MEDIUM 1, LOW 1, INFORMATIONAL 0); HIGH allow-listed 1, HIGH failing 0 -> PASS',
    );
  });

  it('fails when a bundle could not be parsed, since an unparsed bundle has no findings', () => {
    const evaluation = evaluateFindings([], ALLOW_LIST, ['main.cjs: Unknown node type ClassPrivateProperty']);
    expect(evaluation.passed).toBe(false);
    expect(evaluation.summary).toContain('files not parsed 1');
  });

  it('reports allow-list entries that matched nothing', () => {
    expect(evaluateFindings([], ALLOW_LIST).unusedEntries).toEqual(ALLOW_LIST);
  });

  it('gives every allow-list entry a written justification', () => {
    const entries: readonly AllowListEntry[] = ALLOW_LIST;
    for (const entry of entries) {
      expect(entry.justification.length).toBeGreaterThan(80);
      expect(entry.sample.length).toBeGreaterThan(10);
    }
  });
});
