import type { Comparison } from '../../shared/compare/types';

/** One member of a comparison. */
export type MemberComparison = Comparison['members'][number];

/** A member's word diff against the base member. */
export type WordOpList = Comparison['wording']['diffs'][number];
