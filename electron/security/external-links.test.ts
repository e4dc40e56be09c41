import { describe, expect, it } from 'vitest';
import { decideExternalLink } from './external-links';

describe('decideExternalLink', () => {
  it('offers http and https links with a prompt naming the exact URL', () => {
    expect(decideExternalLink('https://www.reuters.com/world/a-story')).toEqual({
      action: 'offer',
      url: 'https://www.reuters.com/world/a-story',
      prompt: 'Open https://www.reuters.com/world/a-story in your browser?',
    });
    expect(decideExternalLink('http://example.org/x?y=1#z')).toMatchObject({ action: 'offer', url: 'http://example.org/x?y=1#z' });
  });

  it('treats schemes case-insensitively and offers the normalised form', () => {
    expect(decideExternalLink('HTTPS://Example.COM/Path')).toMatchObject({ action: 'offer', url: 'https://example.com/Path' });
    expect(decideExternalLink('JavaScript:alert(1)')).toMatchObject({ action: 'refuse' });
    expect(decideExternalLink('FILE:///etc/passwd')).toMatchObject({ action: 'refuse' });
  });

  it.each([
    ['javascript:', 'javascript:alert(document.domain)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['smb:', 'smb://attacker.example/share/payload.exe'],
    ['mailto:', 'mailto:someone@example.com?subject=hi&body=click'],
    ['ftp:', 'ftp://example.com/file'],
    ['app:', 'app://studio/index.html'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['ms-msdt:', 'ms-msdt:/id PCWDiagnostic'],
  ])('refuses %s links', (scheme, url) => {
    const decision = decideExternalLink(url);
    expect(decision.action).toBe('refuse');
    if (decision.action === 'refuse') expect(decision.reason).toContain(scheme);
  });

  it('refuses links that hide the real host behind credentials', () => {
    expect(decideExternalLink('https://www.bank.example@evil.example/login')).toMatchObject({ action: 'refuse' });
    expect(decideExternalLink('https://user:secret@example.com/')).toMatchObject({ action: 'refuse' });
  });

  it.each(['', '   ', 'not a url', 'https://', 'http://[::1', '//example.com/path', 'example.com'])('refuses malformed link %j', (url) => {
    expect(decideExternalLink(url).action).toBe('refuse');
  });

  it('refuses non-strings and absurdly long links', () => {
    expect(decideExternalLink(undefined).action).toBe('refuse');
    expect(decideExternalLink(42).action).toBe('refuse');
    expect(decideExternalLink(`https://example.com/${'a'.repeat(3000)}`).action).toBe('refuse');
  });

  it('shows look-alike hosts in punycode and encodes spaces, so the prompt is what opens', () => {
    const decision = decideExternalLink('https://exаmple.com/a b'); // Cyrillic "а"
    expect(decision).toMatchObject({ action: 'offer', url: 'https://xn--exmple-4nf.com/a%20b' });
  });

  it('strips surrounding whitespace and control characters before deciding', () => {
    expect(decideExternalLink('  https://example.com/  ')).toMatchObject({ action: 'offer', url: 'https://example.com/' });
    expect(decideExternalLink('\tjava\nscript:alert(1)').action).toBe('refuse');
  });
});
