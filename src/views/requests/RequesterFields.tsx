/**
 * Who asks: the requester's kind, name, address, role, organisation and, for a person alone,
 * age, situation and sex (kept for the network's statistics, never shown to the ambassador).
 */
import { REQUEST_FIELDS as F } from '../../lib/forms/request.ts';
import { REQUESTER_KINDS, SEXES, SITUATIONS } from '../../lib/vocabularies.ts';
import { Radios } from '../form/Choices.tsx';
import { Select, TextField, type Errors, type Options } from '../form/Field.tsx';
import type { Posted } from './RequestFormPage.tsx';

interface Props {
  errors: Errors;
  value: Posted;
  departments: Options;
  /** The ambassador's département, chosen until the requester picks another. */
  defaultDepartment: string;
  /** False when the form asks the département elsewhere (a need asks it with what is needed; it asks no commune). */
  withDepartment?: boolean;
}

export function RequesterFields({ errors, value, departments, defaultDepartment, withDepartment = true }: Props) {
  return (
    <>
      <Select {...F.requesterKind} options={REQUESTER_KINDS} defaultValue={value('requesterKind', 'school')} errors={errors} />
      <TextField {...F.name} defaultValue={value('name')} errors={errors} />
      <TextField {...F.email} defaultValue={value('email')} errors={errors} />
      <TextField {...F.role} defaultValue={value('role')} errors={errors} />
      <TextField {...F.organisationName} defaultValue={value('organisationName')} errors={errors} />
      <TextField {...F.uai} defaultValue={value('uai')} errors={errors} />
      <TextField {...F.age} defaultValue={value('age')} errors={errors} />
      <Select
        {...F.situation}
        options={SITUATIONS}
        placeholder="Choisissez votre situation"
        defaultValue={value('situation')}
        errors={errors}
      />
      <Radios {...F.sex} options={SEXES} value={value('sex')} errors={errors} />
      {withDepartment && (
        <>
          <Select {...F.department} options={departments} defaultValue={value('department', defaultDepartment)} errors={errors} />
          <TextField {...F.commune} defaultValue={value('commune')} errors={errors} />
        </>
      )}
    </>
  );
}
