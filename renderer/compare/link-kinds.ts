import { LINK_KINDS, type LinkKind } from '../../shared/model';

/** How each link kind is named in the UI, and what the button that makes one says. */
export const KIND_INFO: Record<LinkKind, { name: string; short: string; action: string; hint: string }> = {
  'same-claim': {
    name: 'Same claim',
    short: 'Same claim',
    action: 'Link as same claim',
    hint: 'The outlets report the same fact; the comparison shows where their wording and figures differ.',
  },
  'same-referent': {
    name: 'Same referent (term)',
    short: 'Same referent',
    action: 'Link as same referent',
    hint: 'The spans name the same person, group or thing; the term table counts each outlet’s name for it.',
  },
  contradicts: {
    name: 'Contradicts',
    short: 'Contradicts',
    action: 'Link as contradicting',
    hint: 'The spans say incompatible things about the same event.',
  },
  custom: {
    name: 'Custom',
    short: 'Custom',
    action: 'Create custom link',
    hint: 'Any other relation; the label says what joins the spans.',
  },
};

export { LINK_KINDS };
