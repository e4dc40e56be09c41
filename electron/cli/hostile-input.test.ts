import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './testing/run-cli';

let tmp: string;
let study: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cli-hostile-'));
  study = path.join(tmp, 'Hostile.study');
  expect((await cli('init', study)).code).toBe(0);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('cli with hostile input', () => {
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'example.com/news'])(
    'refuses --url %j with one line and stores nothing',
    async (url) => {
      const file = path.join(tmp, 'a.txt');
      await writeFile(file, 'Headline\n\nBody text of the article.\n');
      const result = await cli('import', study, file, '--url', url);
      expect(result.code).not.toBe(0);
      expect(result.err).toMatch(/url: must be an http:\/\/ or https:\/\/ address/);
      expect(result.err.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse((await cli('list', study, '--json')).out).articles).toHaveLength(0);
    },
  );

  it('prints titles without terminal escape sequences in list and show', async () => {
    const file = path.join(tmp, 'escape.txt');
    await writeFile(file, 'Plain text body of the article.\n');
    const title = '\u001b]0;owned\u0007\u001b[2JCalm\u001b[31m headline\r';
    const imported = await cli('import', study, file, '--title', title, '--url', 'https://example.com/a', '--json');
    expect(imported.code).toBe(0);
    const id = JSON.parse(imported.out)[0].id as string;
    for (const output of [(await cli('list', study)).out, (await cli('show', study, id)).out]) {
      expect(output).toContain('Calm headline');
      // eslint-disable-next-line no-control-regex
      expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    // The stored title is what was given; only printing cleans it.
    expect(JSON.parse((await cli('show', study, id, '--json')).out).title).toBe(title.trim());
  });
});
