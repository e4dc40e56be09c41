import type { Input, Output } from '../../../shared/api';
import { StudyError } from '../../../shared/errors';
import { SCHEMA_VERSION, type Annotation, type CurationRecord, type TagSet } from '../../../shared/model';
import { adoptIntoDraft, curateInDraft } from '../../../shared/tagset';
import { FakeApi } from '../../testing/fake-api';

const NOW = '2025-02-01T00:00:00.000Z';

/**
 * The shared test fake with the teammates calls the review uses, applying
 * the same shared/tagset rules the service applies (adopt, curate), plus a
 * change log that stands in for the file watch.
 */
export class ReviewFakeApi extends FakeApi {
  version = 0;
  changes: Output<'studyChanges'>['changes'] = [];
  decisions: CurationRecord[] = [];
  curations = new Set<string>();
  imported: string[][] = [];
  troubles: Output<'studyChanges'>['troubles'] = [];
  private seq = 0;

  /** A teammate's file changed on disk (as the watch would report it). */
  teammateChanged(annotator: string): void {
    this.changes.push({ version: ++this.version, file: `tagsets/${annotator}.json`, kind: 'tagset', annotator });
  }

  private setOf(annotator: string): TagSet {
    return {
      schemaVersion: SCHEMA_VERSION,
      annotator,
      ...(this.curations.has(annotator) ? { kind: 'curation' as const, decisions: this.decisions } : {}),
      annotations: this.annotations.filter((a) => a.annotator === annotator),
      links: this.links.filter((l) => l.annotator === annotator),
    };
  }

  private replaceSet(draft: TagSet): void {
    this.annotations = [...this.annotations.filter((a) => a.annotator !== draft.annotator), ...draft.annotations];
  }

  private find(id: string): Annotation {
    const found = this.annotations.find((a) => a.id === id);
    if (!found) throw new StudyError('not-found', `Unknown annotation id ${id}`, { field: 'annotationId' });
    return found;
  }

  async listTagSets(): Promise<Output<'listTagSets'>> {
    this.calls.push({ method: 'listTagSets', input: {} });
    const names = [...new Set(this.annotations.map((a) => a.annotator))];
    return names.map((annotator) => ({
      annotator,
      file: `tagsets/${annotator}.json`,
      kind: this.curations.has(annotator) ? ('curation' as const) : ('annotator' as const),
      mine: annotator === this.annotator,
      annotations: this.annotations.filter((a) => a.annotator === annotator).length,
      links: 0,
    }));
  }

  async studyChanges(input: Input<'studyChanges'>): Promise<Output<'studyChanges'>> {
    this.calls.push({ method: 'studyChanges', input: input });
    return { version: this.version, changes: this.changes.filter((c) => c.version > input.since), troubles: this.troubles };
  }

  async importTeammates(input: Input<'importTeammates'>): Promise<Output<'importTeammates'>> {
    this.calls.push({ method: 'importTeammates', input: input });
    this.imported.push(input.paths);
    if (input.paths.some((p) => !p.endsWith('.json'))) throw new StudyError('bad-input', `${input.paths[0]}: not a tag set file`, { field: 'paths' });
    return { results: input.paths.map((source) => ({ source, annotator: 'Bo', status: 'added' as const, annotations: 1, links: 0, remapped: 0 })) };
  }

  async adoptAnnotation(input: Input<'adoptAnnotation'>): Promise<Output<'adoptAnnotation'>> {
    this.calls.push({ method: 'adoptAnnotation', input: input });
    const me = this.annotator!;
    const draft = structuredClone(this.setOf(me));
    const copy = adoptIntoDraft(draft, this.find(input.annotationId), `ad${++this.seq}`, NOW);
    this.replaceSet(draft);
    return copy;
  }

  async curate(input: Input<'curate'>): Promise<Output<'curate'>> {
    this.calls.push({ method: 'curate', input: input });
    this.curations.add(input.curation);
    const draft = structuredClone(this.setOf(input.curation));
    draft.kind = 'curation';
    draft.decisions = this.decisions;
    const sources = input.annotationIds.map((id) => this.find(id));
    const result = curateInDraft(draft, { id: `cd${++this.seq}`, decision: input.decision, sources, now: NOW, newId: () => `cu${++this.seq}` });
    this.decisions = draft.decisions ?? [];
    this.replaceSet(draft);
    return result;
  }
}
