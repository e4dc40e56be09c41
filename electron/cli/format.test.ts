import { describe, expect, it } from 'vitest';
import { clip, printable } from './format';

const ESC = '\u001b';

describe('printable', () => {
  it.each([
    ['a colour (CSI SGR)', `${ESC}[31mRed${ESC}[0m title`, 'Red title'],
    ['a screen clear and cursor move', `${ESC}[2J${ESC}[1;1HFake`, 'Fake'],
    ['a private-mode CSI', `${ESC}[?1049hAlt`, 'Alt'],
    ['an 8-bit CSI', '\u009b31mRed', 'Red'],
    ['a window title (OSC ended by BEL)', `${ESC}]0;pwned\u0007Title`, 'Title'],
    ['a hyperlink (OSC 8 ended by ST)', `${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`, 'click'],
    ['an unterminated OSC', `Title${ESC}]0;rest of the line`, 'Title'],
    ['a DCS string', `${ESC}Pq#0;2;0;0;0${ESC}\\ok`, 'ok'],
    ['a two-byte ESC sequence', `${ESC}cReset${ESC}(B`, 'Reset'],
    ['carriage return and backspace', 'Safe\rEvil\b', 'SafeEvil'],
    ['NUL, DEL and C1 controls', 'a\u0000b\u007fc\u0085d', 'abcd'],
  ])('strips %s', (_what, raw, expected) => {
    expect(printable(raw)).toBe(expected);
  });

  it('keeps newlines, tabs and ordinary text, accents and emoji included', () => {
    expect(printable('Zoë\tsaid:\n“Hello” 🌍 [1] ]')).toBe('Zoë\tsaid:\n“Hello” 🌍 [1] ]');
  });
});

describe('clip', () => {
  it('prints one clean line', () => {
    expect(clip(`${ESC}[31mBreaking:\n news${ESC}[0m`, 40)).toBe('Breaking: news');
    expect(clip('abcdefgh', 5)).toBe('abcd…');
  });
});
