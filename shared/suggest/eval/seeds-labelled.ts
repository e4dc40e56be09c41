import type { IndexArticle } from '../build';
import type { LabelledQuery } from '../metrics';

/**
 * Hand-labelled facts that several seed articles report in different words,
 * for measuring suggestions. Seeds are named by the first three characters of
 * their file name ('000' .. '004'); quotes are exact substrings of the seed
 * text. Every ordered pair of members from different seeds becomes a query:
 * from one member's quote, find the other's sentence.
 */

export interface LabelledFact {
  fact: string;
  members: { seed: string; quote: string }[];
}

export const LABELLED_FACTS: LabelledFact[] = [
  {
    fact: 'Hamas fighters trapped in Rafah tunnels (count differs)',
    members: [
      { seed: '000', quote: 'more than 100 fighters remain trapped in underground tunnels in areas of Rafah controlled by Israeli forces' },
      { seed: '001', quote: 'There are approximately 200 fighters in tunnels beneath Rafah' },
      { seed: '001', quote: 'Gaza: About 200 fighters in tunnels beneath Rafah' },
      { seed: '004', quote: 'the situation in Rafah remains volatile, with dozens of militants barricaded in tunnels' },
    ],
  },
  {
    fact: 'Witkoff: resolving the trapped fighters is a test for the next steps',
    members: [
      { seed: '000', quote: 'U.S. envoy Steve Witkoff indicated more than a week ago that resolving this issue would be a test for future steps in the broader ceasefire plan' },
      { seed: '001', quote: 'American envoy Steve Witkoff described last week efforts to resolve the impasse by providing fighters with safe passage' },
    ],
  },
  {
    fact: 'Israel rejects safe passage for the trapped fighters',
    members: [
      { seed: '000', quote: 'Israel still rejects this proposal, insisting that it will not allow the trapped Hamas members to exit with their weapons' },
      { seed: '001', quote: 'Two Western diplomats said Israel is reluctant to allow any safe passage to another area of Gaza or to Egypt' },
    ],
  },
  {
    fact: 'The Americans struggle to form the international force',
    members: [
      { seed: '000', quote: "the Americans' difficulty in forming the international force that is supposed to be responsible for disarming the Gaza Strip" },
      { seed: '000', quote: 'the Americans are unable to form a foreign force' },
      { seed: '004', quote: 'The Americans have faced significant difficulties in recruiting Arab and Muslim nations to contribute thousands of troops to police the Strip' },
    ],
  },
  {
    fact: 'Israel wants disarmament before reconstruction',
    members: [
      { seed: '000', quote: 'Israel, which insists on not proceeding with reconstruction before complete disarmament' },
      { seed: '003', quote: 'Washington pressing for reconstruction to begin alongside disarmament while Israel demands Hamas be fully disarmed first' },
      { seed: '003', quote: 'Israel has insisted that Hamas must be fully disarmed before moving forward with the plan' },
    ],
  },
  {
    fact: 'Israel will not move on until the remaining hostage bodies are returned',
    members: [
      { seed: '002', quote: 'Tel Aviv refuses to move forward with the next phase of the Gaza agreement without receiving the two remaining bodies of its captives' },
      { seed: '003', quote: 'Israel wants the second phase to start only after it receives the last hostage body' },
      { seed: '003', quote: 'Netanyahu is conditioning the start of second-phase negotiations on the recovery of the body of Ran Gvili' },
      { seed: '004', quote: 'Israeli leadership refuses to move forward with the plan\'s broader reconstruction and political milestones until Hamas returns the bodies of the last two known hostages' },
    ],
  },
  {
    fact: 'Israel fears the US will insist on Turkish troops',
    members: [
      { seed: '002', quote: 'the Zionist regime is concerned about the US insistence on sending Turkish troops to the Gaza Strip' },
      { seed: '004', quote: 'Israeli officials worry that Washington will eventually insist on Turkish troops filling the void' },
      { seed: '004', quote: 'Israeli officials are increasingly concerned that the United States, running low on patience, may soon push for a security solution' },
    ],
  },
  {
    fact: 'US pressure on Israel to move to the next phase',
    members: [
      { seed: '000', quote: 'the U.S. administration has begun to pressure for the implementation of the next phase of the agreement' },
      { seed: '002', quote: 'Haaretz added that the US is not applying real and effective pressure on the Zionist regime' },
      { seed: '004', quote: 'the Biden administration is pressing Israel to advance to the next stage of the deal' },
    ],
  },
  {
    fact: 'Talks on the second phase are deadlocked',
    members: [
      { seed: '000', quote: 'talks between Washington and Tel Aviv regarding the second phase of the peace plan for the Gaza Strip have reached a deadlock' },
      { seed: '000', quote: 'discussions between Israel and the United States have continued over the past few weeks but have reached a dead end' },
      { seed: '002', quote: 'the Cairo talks on the second phase of the ceasefire in Gaza have reached a complete impasse' },
    ],
  },
  {
    fact: 'Hamas is growing stronger since the war ended',
    members: [
      { seed: '000', quote: "Hamas's strength has increased in recent weeks since the end of the war" },
      { seed: '004', quote: 'Intelligence reports suggesting Hamas is already re-strengthening in areas it holds' },
    ],
  },
  {
    fact: 'Hamas will not give up its weapons',
    members: [
      { seed: '002', quote: 'the Hamas movement refusing to hand over its weapons without receiving clear guarantees' },
      { seed: '004', quote: 'the terror group has expressed willingness to surrender only heavy weapons' },
    ],
  },
  {
    fact: 'Phase two includes the disarmament of Hamas',
    members: [
      { seed: '001', quote: 'the future of the second phase of the plan, which includes Hamas disarmament, Gaza demilitarization' },
      { seed: '003', quote: 'The second phase of Trump’s ceasefire proposal includes provisions for forming a temporary technocratic committee' },
      { seed: '003', quote: 'lay the groundwork for phase two of the deal, which involves Hamas handing over weapons and Israeli forces pulling back' },
    ],
  },
  {
    fact: 'Hamas wants the trapped fighters let out; Israel refuses',
    members: [
      { seed: '000', quote: 'Tel Aviv refuses to allow their exit without announcing their surrender and handing over their weapons, while Hamas, in turn, demands their exit to areas outside Israeli control' },
      { seed: '001', quote: 'with Hamas requesting they be allowed to leave, a demand Israel currently opposes' },
    ],
  },
  {
    fact: 'Mediators (Qatar, Egypt, Turkey) met on the next steps',
    members: [
      { seed: '003', quote: 'Witkoff and Kushner met in Miami with the prime minister of Qatar, the head of Egyptian intelligence and the Turkish foreign minister' },
      { seed: '004', quote: 'With Turkey and Qatar recently meeting with Egyptian intelligence in Cairo to coordinate their approach' },
    ],
  },
  {
    fact: 'When the ceasefire took effect',
    members: [
      { seed: '002', quote: 'which has been under the control of the occupying forces since the ceasefire took effect last October' },
      { seed: '003', quote: 'the fragile truce, which came into effect October 10' },
    ],
  },
  {
    fact: 'Israel has violated the ceasefire',
    members: [
      { seed: '002', quote: 'Since the ceasefire was established, the Zionist regime has repeatedly violated it' },
      { seed: '003', quote: 'Israel has violated the agreement hundreds of times' },
    ],
  },
  {
    fact: 'The search for the last hostage body',
    members: [
      { seed: '003', quote: 'Hamas has stated that retrieving the body may take time due to the scale of destruction across Gaza' },
      { seed: '003', quote: 'The body of Gvili remains unaccounted for, with search efforts ongoing' },
      { seed: '004', quote: 'searches for the remains are currently on a "low flame," insisting that Hamas possesses leads on their location' },
    ],
  },
];

/**
 * The queries of the labelled set for articles given per seed key. Throws if a
 * quote is not found, so a changed seed fails loudly rather than scoring zero.
 */
export function labelledQueries(articles: Readonly<Record<string, { id: string; text: string }>>, facts: readonly LabelledFact[] = LABELLED_FACTS): LabelledQuery[] {
  const locate = (seed: string, quote: string) => {
    const article = articles[seed];
    if (!article) throw new Error(`labelled set: no article for seed ${seed}`);
    const start = article.text.indexOf(quote);
    if (start < 0) throw new Error(`labelled set: quote not found in seed ${seed}: "${quote.slice(0, 60)}"`);
    return { articleId: article.id, start, end: start + quote.length };
  };
  const queries: LabelledQuery[] = [];
  for (const f of facts) {
    const spans = f.members.map((m) => ({ seed: m.seed, ...locate(m.seed, m.quote) }));
    const seeds = [...new Set(spans.map((s) => s.seed))];
    for (const from of seeds) {
      for (const to of seeds) {
        if (from === to) continue;
        // The first quote of a seed is the query; all quotes of the target seed are acceptable.
        const source = spans.find((s) => s.seed === from)!;
        const relevant = spans.filter((s) => s.seed === to).map(({ start, end }) => ({ start, end }));
        queries.push({ fact: f.fact, source: { articleId: source.articleId, start: source.start, end: source.end }, targetArticleId: articles[to]!.id, relevant });
      }
    }
  }
  return queries;
}

/**
 * Blocks of a plain-text seed: one per non-empty line, with the promotional
 * lines the seeds carry (read-more links, ads, polls, photo credits) flagged
 * as boilerplate, as the importer flags them.
 */
export function seedBlocks(text: string): IndexArticle['blocks'] {
  const blocks: { start: number; end: number; boilerplate: string | null }[] = [];
  const boilerplate = /^(?:\*\*Read:|Read more|CLICK HERE|Freedom-Loving Beachwear|Do you think|By completing the poll|Photo:|\.jpg\))/i;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    if (!line.trim()) continue;
    blocks.push({ start: m.index!, end: m.index! + line.length, boilerplate: boilerplate.test(line.trim()) ? 'promo' : null });
  }
  return blocks;
}
