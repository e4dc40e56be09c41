import { describe, expect, it } from 'vitest';
import { createSenderCheck, isTrustedFrame, type SenderEventLike } from './sender';

const topFrame = { url: 'app://studio/index.html', parent: null };

function event(senderId: number, frame: SenderEventLike['senderFrame']): SenderEventLike {
  return { sender: { id: senderId }, senderFrame: frame };
}

describe('isTrustedFrame', () => {
  it('trusts the top frame on our origin', () => {
    expect(isTrustedFrame(topFrame)).toBe(true);
  });

  it('refuses a subframe even on our origin', () => {
    expect(isTrustedFrame({ url: 'app://studio/index.html', parent: topFrame })).toBe(false);
  });

  it('refuses a top frame that navigated elsewhere', () => {
    expect(isTrustedFrame({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'file:///opt/app/dist/renderer/index.html', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'app://studio.evil.example/index.html', parent: null })).toBe(false);
  });

  it('refuses a destroyed frame', () => {
    expect(isTrustedFrame(null)).toBe(false);
  });
});

describe('createSenderCheck', () => {
  it('accepts our window and refuses other webContents', () => {
    const ours = new Set([7]);
    const check = createSenderCheck(() => ours);
    expect(check(event(7, topFrame))).toBe(true);
    expect(check(event(8, topFrame))).toBe(false);
  });

  it('reads the window list on every call', () => {
    const ours = new Set<number>();
    const check = createSenderCheck(() => ours);
    expect(check(event(3, topFrame))).toBe(false);
    ours.add(3);
    expect(check(event(3, topFrame))).toBe(true);
  });
});
