import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from './app-origin';
import { handleWindowOpen, isAllowedNavigation } from './navigation';

describe('isAllowedNavigation', () => {
  it('allows our own entry page (a reload), with or without a fragment', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://studio/')).toBe(true);
    expect(isAllowedNavigation('app://studio/index.html#article-3')).toBe(true);
  });

  it.each([
    'https://www.example.com/',
    'http://studio/index.html',
    'file:///etc/passwd',
    'file:///opt/app/dist/renderer/index.html',
    'app://other/index.html',
    'app://studio:8080/index.html',
    'app://user@studio/index.html',
    'app://studio/assets/other.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('handleWindowOpen', () => {
  it('always denies new windows', () => {
    expect(handleWindowOpen()).toEqual({ action: 'deny' });
  });
});
