import { describe, expect, it } from 'vitest';
import { guardWebContents, type GuardedContents, type NavigationEventLike } from './web-contents';

type Listener = (event: NavigationEventLike) => void;

/** A webContents stand-in that records the guards and lets tests fire events. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string) => {
    let prevented = false;
    listeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, listeners, fire, open: (url: string) => openHandler?.({ url }) };
}

function setup() {
  const fake = fakeContents();
  const offered: string[] = [];
  guardWebContents(fake.contents, (url) => offered.push(url));
  return { ...fake, offered };
}

describe('guardWebContents', () => {
  it('installs all four guards', () => {
    const { listeners, open } = setup();
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('lets the app reload itself', () => {
    const { fire, offered } = setup();
    expect(fire('will-navigate', 'app://studio/index.html')).toBe(false);
    expect(offered).toEqual([]);
  });

  it('stops navigation away from the app and offers the link externally', () => {
    const { fire, offered } = setup();
    expect(fire('will-navigate', 'https://www.reuters.com/story')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(offered).toEqual(['https://www.reuters.com/story', 'file:///etc/passwd']);
  });

  it('stops redirects away from the app without offering them', () => {
    const { fire, offered } = setup();
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(offered).toEqual([]);
  });

  it('denies every new window but still offers its link', () => {
    const { open, offered } = setup();
    expect(open('https://example.com/a')).toEqual({ action: 'deny' });
    expect(open('app://studio/index.html')).toEqual({ action: 'deny' });
    expect(offered).toEqual(['https://example.com/a', 'app://studio/index.html']);
  });

  it('prevents attaching a webview', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview', '')).toBe(true);
  });
});
