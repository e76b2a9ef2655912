import { z } from 'zod';
import { bilingual, id, isoDate, role } from './common';

export const homeTask = z.object({
  id: z.string(),
  severity: z.enum(['info', 'warning', 'danger']),
  message: bilingual,
  count: z.number().int().optional(),
  link: z.string().optional(),
});
export type HomeTask = z.infer<typeof homeTask>;

export const homeDeadline = z.object({
  periodId: id,
  periodName: z.string(),
  kind: z.enum(['self-assessment', 'appraisal', 'explanation']),
  date: isoDate,
  /** Negative when the date has passed. */
  daysLeft: z.number().int(),
});
export type HomeDeadline = z.infer<typeof homeDeadline>;

export const home = z.object({
  role,
  tasks: z.array(homeTask),
  deadlines: z.array(homeDeadline),
  stats: z.record(z.string(), z.number()),
});
export type Home = z.infer<typeof home>;
