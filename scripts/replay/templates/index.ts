// One template per CMS family.
import type { Family } from '../model.ts';
import { asam } from './asam.ts';
import { bbc } from './bbc.ts';
import { euronews } from './euronews.ts';
import { fars } from './fars.ts';
import { independent } from './independent.ts';
import { iransamaneh } from './iransamaneh.ts';
import { isna } from './isna.ts';
import { legacy } from './legacy.ts';
import { nastooh } from './nastooh.ts';
import { pangea } from './pangea.ts';
import type { FamilyTemplate } from './types.ts';

const TEMPLATES: Record<Family, FamilyTemplate> = {
  nastooh,
  iransamaneh,
  asam,
  isna,
  fars,
  bbc,
  pangea,
  euronews,
  independent,
  legacy,
};

export function templateFor(family: Family): FamilyTemplate {
  const t = TEMPLATES[family];
  if (!t) throw new Error(`no template for CMS family ${family}`);
  return t;
}
