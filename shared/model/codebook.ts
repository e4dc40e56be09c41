import { z } from 'zod';
import { Category, Id } from './common';

export const CodebookLabel = z.object({
  id: Id,
  name: z.string().min(1),
  /** Optional dimension inside a category, e.g. "source type" or "role" for attribution. */
  group: z.string().optional(),
  description: z.string().optional(),
});
export type CodebookLabel = z.infer<typeof CodebookLabel>;

export const Codebook = z.object({
  claim: z.array(CodebookLabel),
  framing: z.array(CodebookLabel),
  attribution: z.array(CodebookLabel),
});
export type Codebook = z.infer<typeof Codebook>;

const label = (id: string, name: string, description?: string, group?: string): CodebookLabel => ({
  id,
  name,
  ...(group ? { group } : {}),
  ...(description ? { description } : {}),
});

/** The 15 dimensions of the Policy Frames Codebook (Boydstun et al.), plus "loaded term". */
const FRAMING_PRESET: CodebookLabel[] = [
  label('economic', 'Economic', 'Costs, benefits, monetary or financial implications'),
  label('capacity-resources', 'Capacity and resources', 'Availability of physical, human or financial resources'),
  label('morality', 'Morality', 'Religious or ethical implications'),
  label('fairness-equality', 'Fairness and equality', 'Equality or inequality of laws, punishment, rewards'),
  label('legality', 'Legality, constitutionality and jurisprudence', 'Rights, freedoms, court rulings, legal authority'),
  label('policy-prescription', 'Policy prescription and evaluation', 'Particular policies and whether they work'),
  label('crime-punishment', 'Crime and punishment', 'Violation of policies, enforcement, sentencing'),
  label('security-defense', 'Security and defense', 'Threats to welfare of the individual, community or nation'),
  label('health-safety', 'Health and safety', 'Health care, sanitation, public safety'),
  label('quality-of-life', 'Quality of life', 'Effects on wealth, mobility, daily routines, happiness'),
  label('cultural-identity', 'Cultural identity', 'Traditions, customs or values of a social group'),
  label('public-opinion', 'Public opinion', 'Attitudes and opinions of the public, polling'),
  label('political', 'Political', 'Political considerations: partisanship, lobbying, maneuvering'),
  label('external-regulation', 'External regulation and reputation', 'International relations, reputation abroad'),
  label('other', 'Other', 'Any frame that fits none of the above'),
  label('loaded-term', 'Loaded term', 'A word choice that carries a judgement ("Zionist regime", "terror group", "martyrs")'),
];

const ATTRIBUTION_PRESET: CodebookLabel[] = [
  label('named-source', 'Named source', 'A person or body identified by name', 'source type'),
  label('anonymous-official', 'Anonymous official', 'An official or source who is not named', 'source type'),
  label('media-report', 'Media report', 'Another outlet is cited', 'source type'),
  label('document', 'Document', 'A report, statement or other document', 'source type'),
  label('unattributed', 'Unattributed', 'The claim is given without a source', 'source type'),
  label('source', 'Source (PARC)', 'The entity to whom the content is attributed', 'role'),
  label('cue', 'Cue (PARC)', 'The verb or phrase that links source and content ("said", "according to")', 'role'),
  label('content', 'Content (PARC)', 'What is attributed', 'role'),
];

const CLAIM_PRESET: CodebookLabel[] = [
  label('factual', 'Factual', 'A checkable statement of fact'),
  label('numeric', 'Numeric', 'A count, amount, date or other quantity'),
  label('causal', 'Causal', 'One thing is said to cause another'),
  label('prediction', 'Prediction', 'A statement about the future'),
  label('evaluation', 'Evaluation', 'A judgement of value or quality'),
];

/** The codebook a new study starts with. */
export function presetCodebook(): Codebook {
  return {
    claim: CLAIM_PRESET.map((l) => ({ ...l })),
    framing: FRAMING_PRESET.map((l) => ({ ...l })),
    attribution: ATTRIBUTION_PRESET.map((l) => ({ ...l })),
  };
}

/** The labels of one category, for pickers and validation. */
export function labelsFor(codebook: Codebook, category: Category): CodebookLabel[] {
  return codebook[category];
}
