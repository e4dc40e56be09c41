import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model';
import { canonicalText, docFromJSON } from '../text';
import { classifyBoilerplate, markBoilerplate } from './boilerplate';

describe('classifyBoilerplate: the seed furniture', () => {
  it.each([
    ['Freedom-Loving Beachwear by Red Beach Nation - Save 10% With Code RVM10', 'ad'],
    ['Do you think the United States should keep striking drug boats before they reach America?', 'poll'],
    [
      "By completing the poll, you agree to receive emails from The Dupree Report, occasional offers from our partners and that you've read and agree to our privacy policy and legal statement.",
      'poll',
    ],
    ['CLICK HERE TO READ MORE FROM THE THE DUPREE REPORT', 'promo'],
    ['Read: Netanyahu: Arrest warrant from Istanbul prosecutor – Accused of genocide in Gaza', 'promo'],
    ['Photo: Turkish Presidency', 'photo-credit'],
    ['.jpg)', 'artifact'],
  ])('%s -> %s', (text, kind) => {
    expect(classifyBoilerplate(text, {})).toBe(kind);
  });
});

describe('classifyBoilerplate: generic page furniture', () => {
  it.each([
    ['Sign up for our newsletter', 'newsletter'],
    ['Get the Morning Briefing delivered to your inbox every day.', 'newsletter'],
    ['Subscribe to The Daily Post for unlimited access', 'newsletter'],
    ['Enter your email address', 'newsletter'],
    ['Read more', 'promo'],
    ['READ MORE »', 'promo'],
    ['Related: Ceasefire talks resume in Cairo', 'promo'],
    ['See also – The hostages still in Gaza', 'promo'],
    ['Share this article', 'promo'],
    ['Share on Facebook', 'promo'],
    ['Follow us on Twitter for the latest updates', 'promo'],
    ['Join our Telegram channel', 'promo'],
    ['Click here to get the app', 'promo'],
    ['Advertisement', 'ad'],
    ['ADVERTISEMENT - SCROLL TO CONTINUE READING', 'ad'],
    ['Story continues below advertisement', 'ad'],
    ['Sponsored content', 'ad'],
    ['Photo: Reuters', 'photo-credit'],
    ['Image: AFP via Getty Images', 'photo-credit'],
    ['Credit: Amir Cohen/Reuters', 'photo-credit'],
    ['(Getty Images)', 'photo-credit'],
    ['(AP Photo/Evan Vucci)', 'photo-credit'],
    ['Photo by Jane Doe', 'photo-credit'],
    ['Smoke rises over Khan Younis. Mahmoud Issa / Getty Images', 'photo-credit'],
    ['* * *', 'artifact'],
    ['|', 'artifact'],
    ['![](https://cdn.example.com/a.png)', 'artifact'],
    ['header-image-1200x630.webp', 'artifact'],
    ['Take our poll', 'poll'],
    ['Would you support sending troops to Gaza?', 'poll'],
  ])('%s -> %s', (text, kind) => {
    expect(classifyBoilerplate(text)).toBe(kind);
  });

  it('flags any question right above a poll consent line', () => {
    const next = 'By taking this poll you agree to our terms.';
    expect(classifyBoilerplate('Is the ceasefire holding?', { next })).toBe('poll');
    expect(classifyBoilerplate('Is the ceasefire holding?', {})).toBeNull();
  });
});

describe('classifyBoilerplate: article text stays article text', () => {
  it.each([
    'Will Trump side with his frustrated advisers or adopt Netanyahu’s more hawkish approach to the Gaza ceasefire as phase two implementation stalls?',
    'Trump Faces Critical Decision at Mar-a-Lago',
    'Talks Without Results',
    'Gaza: About 200 fighters in tunnels beneath Rafah',
    '“Do you think we would accept that?” Rashwan asked reporters.',
    'Share prices in Tel Aviv fell 3% on Monday.',
    'Voters must register by Friday, officials said in emails to the press.',
    'The source code of the tracking app was never published.',
    'He added that more talks were planned.',
    'Photographs of the tunnels were shown to reporters in Rafah on Sunday, the army said, and the images were later published.',
    'Read the full statement, the spokesperson told reporters, before judging it.',
    'A Hamas official said the group would follow the advice of mediators on the matter.',
  ])('%s', (text) => {
    expect(classifyBoilerplate(text)).toBeNull();
  });

  it('does not flag long paragraphs even when they start like furniture', () => {
    const long = `Related: ${'the talks in Cairo continued late into the night with no agreement '.repeat(5)}`;
    expect(classifyBoilerplate(long)).toBeNull();
  });

  it('ignores empty text', () => {
    expect(classifyBoilerplate('   ')).toBeNull();
  });
});

const para = (text: string, boilerplate: string | null = null): DocNode => ({
  type: 'paragraph',
  attrs: { boilerplate },
  content: [{ type: 'text', text }],
});

describe('markBoilerplate', () => {
  const doc: DocNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { boilerplate: null, level: 2 }, content: [{ type: 'text', text: 'Talks Without Results' }] },
      para('The talks went nowhere.'),
      para('Is the ceasefire holding?'),
      { type: 'bullet_list', content: [{ type: 'list_item', content: [para('By completing the poll you agree to our terms.')] }] },
      { type: 'blockquote', content: [para('Advertisement')] },
      para('Still article text.', 'ad'),
    ],
  };

  it('flags blocks in lists and quotes, using neighbours across containers', () => {
    const { blocks } = canonicalText(docFromJSON(markBoilerplate(doc)));
    expect(blocks.map((b) => b.boilerplate)).toEqual([null, null, 'poll', 'poll', 'ad', null]);
  });

  it('leaves text and structure alone and does not modify its input', () => {
    const before = JSON.stringify(doc);
    const marked = markBoilerplate(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(canonicalText(docFromJSON(marked)).text).toBe(canonicalText(docFromJSON(doc)).text);
  });
});
