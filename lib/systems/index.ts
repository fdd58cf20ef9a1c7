/**
 * The publishing systems, in the order they are asked: a system's own signature first, and
 * the generic pages last (they take any page with the look of minutes). Detection
 * (./detect.ts), the page reader (lib/page/read-page.ts), the CLI (scripts/parse.ts) and the
 * page features read this list; the manifest's matches come from ./addresses.ts, which must
 * name every system here (the type says so). Adding a system: its folder, one line here, one
 * line there, its fixtures (README, "Adding a publishing system").
 */
import { firstAgendaStatic } from './firstagenda-static/index.ts';
import { firstAgenda } from './firstagenda/index.ts';
import { genericPages } from './generic/index.ts';
import { kkEdoc } from './kk-edoc/index.ts';
import { os2web } from './os2web/index.ts';
import { polweb } from './polweb/index.ts';
import type { PublishingSystem } from './types.ts';

export const SYSTEMS = [firstAgenda, firstAgendaStatic, os2web, kkEdoc, polweb, genericPages] as const;

export type System = (typeof SYSTEMS)[number];
export type SystemId = System['id'];

/** The system with this id (an id comes from this list, so there always is one). */
export function systemById(id: SystemId): PublishingSystem<SystemId> {
  return SYSTEMS.find((s) => s.id === id)!;
}

/** The last system asked: any page with the look of minutes, and every page the user asks to read. */
export const GENERIC: PublishingSystem<SystemId> = genericPages;
