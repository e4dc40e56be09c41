import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf } from './detect-format';

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'text'],
    ['A.TEXT', 'text'],
    ['notes.md', 'markdown'],
    ['notes.markdown', 'markdown'],
    ['page.html', 'html'],
    ['dir.v2/page.HTM', 'html'],
  ])('%s -> %s by extension, whatever the content', (name, format) => {
    expect(detectFormat(name, '<!doctype html><p>x</p>')).toBe(format);
    expect(detectFormat(name, '# Heading')).toBe(format);
  });

  it('sniffs HTML from a doctype or <html> start, after a BOM, comments or an XML prolog', () => {
    expect(detectFormat('page', '\uFEFF  <!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('page', '<html lang="en"><p>x</p></html>')).toBe('html');
    expect(detectFormat('saved', '<?xml version="1.0"?>\n<!-- saved from url -->\n<html>')).toBe('html');
  });

  it('sniffs HTML from many tags without a doctype', () => {
    expect(detectFormat('clip', '<div><p>One</p><p>Two <a href="x">link</a></p><br></div>')).toBe('html');
  });

  it('does not take prose mentioning a tag or two for HTML', () => {
    expect(detectFormat('notes', 'Use the <p> tag for paragraphs and <br> for breaks.')).toBe('text');
  });

  it('sniffs Markdown from headings, links and code fences', () => {
    expect(detectFormat('notes', 'Intro\n\n## Section\n\nText')).toBe('markdown');
    expect(detectFormat('notes', 'See [the report](https://example.com/r).')).toBe('markdown');
    expect(detectFormat('notes', '```\ncode\n```')).toBe('markdown');
  });

  it('keeps the seeds, with their **bold**, as plain text even without an extension', () => {
    const seed = readFileSync(new URL('../../seeds/001_a11e6eba9bee4eb0.txt', import.meta.url), 'utf8');
    expect(detectFormat('seed', seed)).toBe('text');
  });
});

describe('extensionOf', () => {
  it('reads the last extension of the file name, not of a folder', () => {
    expect(extensionOf('/tmp/a.b/c')).toBe('');
    expect(extensionOf('C:\\x\\page.Html')).toBe('html');
    expect(extensionOf('.hidden')).toBe('');
  });
});
