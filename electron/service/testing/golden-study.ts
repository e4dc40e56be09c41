import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Annotation, Category, Link, LinkKind } from '../../../shared/model';
import { findQuote, quoteSelector } from '../../../shared/text';
import { seedsDir } from '../../repo-paths';
import { StudyService } from '../service';

/**
 * The sample study with a fixed set of annotations for golden files and
 * exchange tests: the five seed articles, a dozen annotations by two
 * annotators and three links, every id and timestamp fixed so each export
 * is byte-for-byte reproducible.
 */

export const GOLDEN_NOW = new Date('2026-11-22T09:30:00.000Z');

interface Spec {
  id: string;
  outlet: string;
  quote: string;
  category: Category;
  label?: string;
  note?: string;
  annotator?: string;
}

const SPECS: Spec[] = [
  { id: 'an-okaz-100', outlet: 'Okaz', quote: 'more than 100 fighters remain trapped in underground tunnels', category: 'claim', label: 'numeric' },
  { id: 'an-okaz-official', outlet: 'Okaz', quote: 'An Israeli security official', category: 'attribution', label: 'anonymous-official' },
  { id: 'an-okaz-ch13', outlet: 'Okaz', quote: 'Israeli Channel 13', category: 'attribution', label: 'media-report' },
  { id: 'an-para-200', outlet: 'Parapolitika', quote: 'There are approximately 200 fighters in tunnels beneath Rafah', category: 'claim', label: 'numeric', note: 'Higher than Okaz; "approximately" is doing work here.' },
  { id: 'an-para-trump', outlet: 'Parapolitika', quote: 'Trump administration', category: 'claim', label: 'factual' },
  { id: 'an-para-disarm', outlet: 'Parapolitika', quote: 'Hamas disarmament', category: 'framing', label: 'security-defense', annotator: 'Bob' },
  { id: 'an-pnn-regime', outlet: 'Pakistan News Network', quote: 'Zionist regime', category: 'framing', label: 'loaded-term' },
  { id: 'an-pnn-martyrs', outlet: 'Pakistan News Network', quote: 'bodies of thousands of martyrs', category: 'framing', label: 'loaded-term', note: 'Loaded: "martyrs" for the dead.' },
  { id: 'an-pnn-haaretz', outlet: 'Pakistan News Network', quote: 'The Zionist newspaper Haaretz', category: 'attribution', label: 'media-report' },
  { id: 'an-tdr-israel', outlet: 'The Dupree Report', quote: 'Israel over implementing', category: 'framing', label: 'loaded-term' },
  { id: 'an-levant-dozens', outlet: 'The Levant Files', quote: 'dozens of militants barricaded in tunnels', category: 'claim', label: 'numeric' },
  { id: 'an-levant-biden', outlet: 'The Levant Files', quote: 'Biden administration', category: 'claim', label: 'factual', note: 'Every other outlet says Trump.' },
];

const LINKS: { id: string; label: string; kind: LinkKind; members: string[]; note?: string }[] = [
  { id: 'ln-fighters', label: 'Fighters trapped in the Rafah tunnels', kind: 'same-claim', members: ['an-okaz-100', 'an-para-200', 'an-levant-dozens'], note: 'Figures differ: 100+, ~200, dozens.' },
  { id: 'ln-administration', label: 'Which US administration presses Israel', kind: 'same-claim', members: ['an-para-trump', 'an-levant-biden'] },
  { id: 'ln-israel', label: 'How Israel is named', kind: 'same-referent', members: ['an-pnn-regime', 'an-tdr-israel'] },
];

/** Creates the golden sample study in a new temporary folder and returns the open service and the folder. */
export async function goldenStudy(): Promise<{ service: StudyService; dir: string; tmp: string }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'golden-'));
  const dir = path.join(tmp, 'Sample.study');
  const service = new StudyService({ seedsDir: seedsDir(), now: () => GOLDEN_NOW });
  await service.createSampleStudy({ dir });
  const articles = await service.listArticles();
  const byAnnotator = new Map<string, Annotation[]>();
  for (const [i, spec] of SPECS.entries()) {
    const summary = articles.find((a) => a.outletName === spec.outlet);
    if (!summary) throw new Error(`golden study: no article from ${spec.outlet} (${articles.map((a) => a.outletName).join(', ')})`);
    const { text } = await service.getArticle({ articleId: summary.id });
    let range = findQuote(text, spec.quote);
    if (!range) throw new Error(`golden study: quote not found in ${spec.outlet}: ${spec.quote}`);
    // "Israel over implementing": the annotation is the name alone.
    if (spec.id === 'an-tdr-israel') range = { start: range.start, end: range.start + 'Israel'.length };
    const annotator = spec.annotator ?? 'Alice';
    const when = new Date(Date.UTC(2026, 10, 20, 10, i)).toISOString();
    const annotation: Annotation = {
      id: spec.id,
      articleId: summary.id,
      annotator,
      category: spec.category,
      ...(spec.label ? { label: spec.label } : {}),
      note: spec.note ?? '',
      createdAt: when,
      updatedAt: when,
      position: range,
      quote: quoteSelector(text, range),
    };
    byAnnotator.set(annotator, [...(byAnnotator.get(annotator) ?? []), annotation]);
  }
  for (const [annotator, annotations] of byAnnotator) {
    await service.setAnnotator({ name: annotator });
    const links: Link[] = LINKS.filter((l) => l.members.every((m) => annotations.some((a) => a.id === m))).map((l, i) => ({
      ...l,
      annotator,
      note: l.note ?? '',
      createdAt: new Date(Date.UTC(2026, 10, 21, 9, i)).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 10, 21, 9, i)).toISOString(),
    }));
    await service.restoreAnnotations({ annotations, links });
  }
  return { service, dir, tmp };
}
