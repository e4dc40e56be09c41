import { describe, expect, it } from 'vitest';
import { canonicalActor, compareActors, extractActors } from './actors';

const canon = (text: string) => extractActors(text).map((a) => a.canonical);

describe('extractActors', () => {
  it('groups the outlets\u2019 words for the Israeli government', () => {
    for (const phrase of ['Israel', 'Tel Aviv', 'the Zionist regime', 'the occupying forces', 'the Israeli regime', 'Israeli officials']) {
      expect(canon(`${phrase} refuses to move forward.`), phrase).toEqual(['Israel (government)']);
    }
    expect(canon('Tensions are mounting between Washington and Jerusalem as talks stall.')).toEqual([
      'United States (government)', 'Israel (government)',
    ]);
    expect(canon('As the impasse drags on, frustration in Jerusalem is growing.')).toEqual(['Israel (government)']);
  });

  it('reads a capital as a place where the text uses it as one', () => {
    const [a] = extractActors('In Jerusalem, the prime minister met the envoy.');
    expect(a).toMatchObject({ text: 'Jerusalem', kind: 'place', canonical: 'Jerusalem' });
    expect(extractActors('WASHINGTON (TDR) \u2014 A dispute emerged.')[0]).toMatchObject({ kind: 'place', canonical: 'Washington' });
    expect(extractActors('meeting with Egyptian intelligence in Cairo to coordinate').map((a) => [a.canonical, a.kind])).toEqual([
      ['Egypt', 'organization'], ['Cairo', 'place'],
    ]);
  });

  it('groups the United States, Hamas, Egypt, Turkey and Qatar variants', () => {
    for (const phrase of ['the US', 'the U.S. administration', 'the United States', 'Washington', 'the Americans', 'American officials']) {
      expect(canon(`${phrase} pressed for progress.`), phrase).toEqual(['United States (government)']);
    }
    for (const phrase of ['Hamas', 'the terror group', 'the Hamas movement', 'the Palestinian resistance']) {
      expect(canon(`${phrase} refused.`), phrase).toEqual(['Hamas']);
    }
    expect(canon('pressure from Ankara')).toEqual(['Turkey']);
    expect(canon('Turkish troops filling the void')).toEqual(['Turkey']);
    expect(canon('Cairo rejected it and Egypt said so')).toEqual(['Egypt', 'Egypt']);
    expect(canon('the prime minister of Qatar')).toEqual(['Qatar']);
  });

  it('keeps the Trump and Biden administrations apart, with one role', () => {
    const [trump] = extractActors('the plan promoted by the Trump administration');
    const [biden] = extractActors('While the Biden administration is pressing Israel');
    expect(trump).toMatchObject({ canonical: 'Trump administration', role: 'administration' });
    expect(biden).toMatchObject({ canonical: 'Biden administration', role: 'administration' });
    expect(canon('the administration of US President Donald Trump is trying')).toEqual(['Trump administration']);
  });

  it('names people from the table and from compromise', () => {
    expect(canon('U.S. envoy Steve Witkoff indicated')).toEqual(['United States (government)', 'Steve Witkoff']);
    expect(canon('Bibi is trying to convince Trump')).toEqual(['Benjamin Netanyahu', 'Donald Trump']);
    const found = extractActors('The talks were led by Maria Gonzalez in Madrid.');
    expect(found.map((a) => [a.canonical, a.kind])).toEqual([['Maria Gonzalez', 'person'], ['Madrid', 'place']]);
  });

  it('reports offsets into the text without markup or possessives', () => {
    const text = 'In Jerusalem, **Israeli** Prime Minister **Benjamin Netanyahu** met Kushner\u2019s team.';
    for (const a of extractActors(text)) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(canon(text)).toEqual(['Jerusalem', 'Benjamin Netanyahu', 'Jared Kushner']);
  });

  it('knows media outlets by role', () => {
    expect(extractActors('The Zionist newspaper Haaretz reported')[0]).toMatchObject({ canonical: 'Haaretz', role: 'media' });
    expect(canonicalActor('Israeli Channel 13')).toMatchObject({ canonical: 'Channel 13', role: 'media' });
    expect(canonicalActor('Israeli Channel 13 said')).toBeUndefined();
  });
});

describe('compareActors', () => {
  it('flags Biden administration against Trump administration as a conflict of one role', () => {
    const result = compareActors([
      { text: 'progress in the ceasefire plan promoted by the Trump administration' },
      { text: 'While the Biden administration is pressing Israel to advance' },
      { text: 'Trump administration officials believe Netanyahu is delaying' },
    ]);
    expect(result.conflicts).toEqual([
      { role: 'administration', actors: [
        { canonical: 'Trump administration', members: [0, 2] },
        { canonical: 'Biden administration', members: [1] },
      ] },
    ]);
  });

  it('lists what all members name and what only some name', () => {
    const result = compareActors([
      { text: 'talks between Washington and Tel Aviv have reached a deadlock' },
      { text: 'the US is not applying real pressure on the Zionist regime' },
    ]);
    expect(result.shared.sort()).toEqual(['Israel (government)', 'United States (government)']);
    expect(result.differing).toEqual([]);
    expect(result.conflicts).toEqual([]);
    const other = compareActors([{ text: 'Hamas refused' }, { text: 'Israel refused' }]);
    expect(other.differing).toEqual([
      { canonical: 'Hamas', members: [0] },
      { canonical: 'Israel (government)', members: [1] },
    ]);
  });
});
