/** What is asked: the intervention, its public and group, its modality, the slots, the duration, the message. */
import { REQUEST_FIELDS as F, UNDER_16_OPTION } from '../../lib/forms/request.ts';
import { DURATIONS } from '../../lib/request.ts';
import { LEVELS } from '../../lib/vocabularies.ts';
import { Checkboxes } from '../form/Choices.tsx';
import { Select, TextArea, TextField, type Errors } from '../form/Field.tsx';
import type { Posted } from './RequestFormPage.tsx';

/** What the ambassador accepts, each as code → label. */
export interface Offer {
  interventions: Readonly<Record<string, string>>;
  publics: Readonly<Record<string, string>>;
  modalities: Readonly<Record<string, string>>;
}

export function InterventionFields({ errors, value, offer }: { errors: Errors; value: Posted; offer: Offer }) {
  const under16 = value('under16');
  return (
    <>
      <Select {...F.intervention} options={offer.interventions} defaultValue={value('intervention')} errors={errors} />
      <Select {...F.public} options={offer.publics} defaultValue={value('public')} errors={errors} />
      <Select {...F.level} options={LEVELS} placeholder="Non précisé" defaultValue={value('level')} errors={errors} />
      <TextField {...F.groupSize} defaultValue={value('groupSize')} errors={errors} />
      <Select {...F.modality} options={offer.modalities} defaultValue={value('modality')} errors={errors} />
      <Checkboxes {...F.under16} options={UNDER_16_OPTION} values={under16 ? [under16] : []} errors={errors} />
      <TextField {...F.accompaniedBy} defaultValue={value('accompaniedBy')} errors={errors} />
      <fieldset aria-describedby="aide-creneaux">
        <legend>Vos créneaux (1 à 3)</legend>
        <p className="hint" id="aide-creneaux">
          Proposez des dates au moins un jour à l’avance.
        </p>
        {[F.slot1, F.slot2, F.slot3].map((slot) => (
          <TextField key={slot.name} {...slot} defaultValue={value(slot.name)} errors={errors} />
        ))}
      </fieldset>
      <Select {...F.durationMinutes} options={DURATIONS} defaultValue={value('durationMinutes', '60')} errors={errors} />
      <TextArea {...F.message} defaultValue={value('message')} errors={errors} />
    </>
  );
}
