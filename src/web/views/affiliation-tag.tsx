import type { Affiliation } from '../../model/types.ts';
import { AFFILIATION_FA, AFFILIATION_MEANING, knownAffiliation } from './affiliation.ts';

/** A small label naming an outlet's affiliation, with its meaning on hover. */
export function AffiliationTag(props: { affiliation: Affiliation }) {
  const affiliation = knownAffiliation(props.affiliation);
  return (
    <span class={`aff aff-${affiliation}`} title={AFFILIATION_MEANING[affiliation]}>
      {AFFILIATION_FA[affiliation]}
    </span>
  );
}
