/** Groups of checkboxes and radio buttons: a fieldset whose legend is the question. */
import { FieldNotes, describedBy, fieldIds, optionList, type FieldProps, type Options } from './Field.tsx';

function Group({
  field,
  type,
  options,
  checked,
}: {
  field: FieldProps;
  type: 'checkbox' | 'radio';
  options: Options;
  checked: (value: string) => boolean;
}) {
  const { id } = fieldIds(field);
  const { 'aria-describedby': described } = describedBy(field);
  return (
    <fieldset className="field" id={id} data-field={field.name} aria-describedby={described}>
      <legend>{field.label}</legend>
      {optionList(options).map((option, i) => (
        <label className="choice" key={option.value}>
          <input
            type={type}
            name={field.name}
            value={option.value}
            defaultChecked={checked(option.value)}
            // One required radio makes the group required; a required checkbox must itself be ticked.
            required={field.required && (type === 'checkbox' || i === 0)}
            aria-invalid={field.errors?.[field.name] ? true : undefined}
          />{' '}
          {option.label}
        </label>
      ))}
      <FieldNotes {...field} />
    </fieldset>
  );
}

export function Checkboxes(props: FieldProps & { options: Options; values?: readonly string[] }) {
  const values = props.values ?? [];
  return <Group field={props} type="checkbox" options={props.options} checked={(v) => values.includes(v)} />;
}

export function Radios(props: FieldProps & { options: Options; value?: string | undefined }) {
  return <Group field={props} type="radio" options={props.options} checked={(v) => v === props.value} />;
}
