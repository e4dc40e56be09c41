import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type Api, type MethodName, type StudySummary } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import { createSenderCheck, type SenderEventLike } from '../security/sender';
import { REFUSED_ENVELOPE, registerIpc } from './ipc';

type Listener = (event: SenderEventLike, ...args: unknown[]) => unknown;

/** An ipcMain stand-in that keeps the registered handlers. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle(channel: string, listener: Listener) {
      handlers.set(channel, listener);
    },
  };
}

const summary: StudySummary = {
  dir: '/studies/Gaza.study',
  name: 'Gaza',
  outlets: [],
  codebook: { claim: [], framing: [], attribution: [] },
  annotator: null,
  annotators: [],
  articleCount: 5,
  annotationCount: 0,
  linkCount: 0,
};

/** A service whose methods record their calls; unfaked methods fail loudly. */
function fakeApi() {
  const calls: { name: MethodName; input: unknown }[] = [];
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    api[name] = async (input) => {
      calls.push({ name, input });
      if (name === 'getStudy' || name === 'openStudy') return summary;
      throw new StudyError('no-study', `${name} is not faked`);
    };
  }
  return { api: api as Api, calls };
}

const OUR_WINDOW = 1;
const topFrame = { url: 'app://studio/index.html', parent: null };

function setup() {
  const ipc = fakeIpcMain();
  const { api, calls } = fakeApi();
  const refused: SenderEventLike[] = [];
  registerIpc(ipc, api, createSenderCheck(() => [OUR_WINDOW]), (event) => refused.push(event));
  const handler = ipc.handlers.get('studio:call');
  if (!handler) throw new Error('studio:call was not registered');
  const call = (event: SenderEventLike, name: unknown, input?: unknown) => handler(event, name, input);
  return { ipc, calls, refused, call };
}

const fromApp: SenderEventLike = { sender: { id: OUR_WINDOW }, senderFrame: topFrame };

describe('registerIpc', () => {
  it('registers exactly the one call channel', () => {
    expect([...setup().ipc.handlers.keys()]).toEqual(['studio:call']);
  });

  it('dispatches a valid call from our top frame and returns the value', async () => {
    const { call, calls } = setup();
    expect(await call(fromApp, 'openStudy', { dir: '/studies/Gaza.study' })).toEqual({ ok: true, value: summary });
    expect(calls).toEqual([{ name: 'openStudy', input: { dir: '/studies/Gaza.study' } }]);
  });

  it('treats a missing input as an empty object', async () => {
    const { call } = setup();
    expect(await call(fromApp, 'getStudy')).toEqual({ ok: true, value: summary });
  });

  it('answers invalid input with a bad-input envelope naming the field, without calling the service', async () => {
    const { call, calls } = setup();
    const reply = await call(fromApp, 'openStudy', { dir: 42 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-input', details: { field: 'dir' } } });
    expect(JSON.stringify(reply)).toContain('openStudy: dir');
    expect(calls).toEqual([]);
  });

  it('answers an unknown method with a bad-input envelope', async () => {
    const { call, calls } = setup();
    expect(await call(fromApp, 'deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: 'Unknown call "deleteEverything"' },
    });
    expect(await call(fromApp, 'toString', {})).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await call(fromApp, 42, {})).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(calls).toEqual([]);
  });

  it('carries service errors back as envelopes', async () => {
    const { call } = setup();
    expect(await call(fromApp, 'listArticles', {})).toMatchObject({ ok: false, error: { code: 'no-study' } });
  });

  it('refuses a call from a subframe of our window', async () => {
    const { call, calls, refused } = setup();
    const event: SenderEventLike = { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://studio/index.html', parent: topFrame } };
    expect(await call(event, 'getStudy', {})).toEqual(REFUSED_ENVELOPE);
    expect(calls).toEqual([]);
    expect(refused).toEqual([event]);
  });

  it('refuses a call from a foreign origin in our window', async () => {
    const { call, calls } = setup();
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://evil/index.html']) {
      const reply = await call({ sender: { id: OUR_WINDOW }, senderFrame: { url, parent: null } }, 'getStudy', {});
      expect(reply).toEqual({ ok: false, error: { code: 'bad-input', message: 'Refused a call from an untrusted frame', details: {} } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses a call from another webContents or a destroyed frame', async () => {
    const { call, calls } = setup();
    expect(await call({ sender: { id: 99 }, senderFrame: topFrame }, 'getStudy', {})).toEqual(REFUSED_ENVELOPE);
    expect(await call({ sender: { id: OUR_WINDOW }, senderFrame: null }, 'getStudy', {})).toEqual(REFUSED_ENVELOPE);
    expect(calls).toEqual([]);
  });
});
