import { z } from 'zod';
import { Codebook } from './codebook';
import { Id, IsoDate, SCHEMA_VERSION } from './common';

export const Outlet = z.object({
  id: Id,
  name: z.string().min(1),
  description: z.string().optional(),
  url: z.string().optional(),
});
export type Outlet = z.infer<typeof Outlet>;

/** What an article whose outlet is not known (not listed, not given at import) is shown under. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/** The name of an outlet by id, or UNKNOWN_OUTLET. */
export function outletNameIn(outlets: readonly Outlet[], outletId: string | undefined): string {
  return outlets.find((o) => o.id === outletId)?.name ?? UNKNOWN_OUTLET;
}

/** project.json: the study's name, outlets and codebook. */
export const Study = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string().min(1),
  createdAt: IsoDate,
  outlets: z.array(Outlet),
  codebook: Codebook,
});
export type Study = z.infer<typeof Study>;
