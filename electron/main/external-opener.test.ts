import { describe, expect, it } from 'vitest';
import { createExternalOpener, type ExternalOpenerDeps } from './external-opener';

function fakeDeps(answer: boolean) {
  const log: string[] = [];
  let release: () => void = () => undefined;
  const deps: ExternalOpenerDeps = {
    async confirm(prompt) {
      log.push(`confirm ${prompt}`);
      return answer;
    },
    async open(url) {
      log.push(`open ${url}`);
    },
    async inform(message) {
      log.push(`inform ${message}`);
    },
  };
  const blockConfirm = () => {
    deps.confirm = (prompt) =>
      new Promise((resolve) => {
        log.push(`confirm ${prompt}`);
        release = () => resolve(answer);
      });
  };
  return { deps, log, blockConfirm, release: () => release() };
}

describe('createExternalOpener', () => {
  it('opens a web link only after the user confirms the exact URL', async () => {
    const { deps, log } = fakeDeps(true);
    expect(await createExternalOpener(deps)('HTTPS://Example.com/a b')).toBe('opened');
    expect(log).toEqual(['confirm Open https://example.com/a%20b in your browser?', 'open https://example.com/a%20b']);
  });

  it('does not open when the user declines', async () => {
    const { deps, log } = fakeDeps(false);
    expect(await createExternalOpener(deps)('https://example.com/')).toBe('declined');
    expect(log).toEqual(['confirm Open https://example.com/ in your browser?']);
  });

  it('never asks about, or opens, links that are not http(s)', async () => {
    const { deps, log } = fakeDeps(true);
    const open = createExternalOpener(deps);
    expect(await open('file:///etc/passwd')).toBe('refused');
    expect(await open('javascript:alert(1)')).toBe('refused');
    expect(log.every((line) => line.startsWith('inform '))).toBe(true);
    expect(log).toHaveLength(2);
  });

  it('drops further links while a dialog is open', async () => {
    const { deps, log, blockConfirm, release } = fakeDeps(true);
    blockConfirm();
    const open = createExternalOpener(deps);
    const first = open('https://a.example/');
    expect(await open('https://b.example/')).toBe('busy');
    release();
    expect(await first).toBe('opened');
    expect(log).toEqual(['confirm Open https://a.example/ in your browser?', 'open https://a.example/']);
    const third = open('https://c.example/'); // accepted again once the first dialog closed
    release();
    expect(await third).toBe('opened');
  });
});
