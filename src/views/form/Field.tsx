/**
 * Form controls with their label, hint and French error next to them. The contract with the
 * custom elements that enhance the forms (src/scripts/signup.ts): `data-field` on the wrapper,
 * `#aide-<id>` for the hint, `#erreur-<id>` for the message (always present, hidden when empty,
 * so a script can fill it), `aria-describedby` and `aria-invalid` on the control.
 */
import type { ReactNode } from 'react';
import type { FieldSpec } from '../../lib/forms/field.ts';

export type Errors = Readonly<Record<string, string>>;

/** The choices of a select or a group: a vocabulary (code → label) or a list kept in its order. */
export type Options = Readonly<Record<string, string>> | readonly { value: string; label: string }[];

export const optionList = (options: Options): readonly { value: string; label: string }[] =>
  Array.isArray(options) ? options : Object.entries(options).map(([value, label]) => ({ value, label }));

export interface FieldProps extends FieldSpec {
  errors?: Errors | undefined;
  /** Prefix of the ids, when a page holds several forms with the same field names. */
  idPrefix?: string | undefined;
}

export function fieldIds({ name, idPrefix }: Pick<FieldProps, 'name' | 'idPrefix'>) {
  const id = idPrefix ? `${idPrefix}-${name}` : name;
  return { id, hintId: `aide-${id}`, errorId: `erreur-${id}` };
}

/** The attributes that tie a control (or a fieldset) to its hint and its message. */
export function describedBy(field: FieldProps) {
  const { hintId, errorId } = fieldIds(field);
  return {
    'aria-describedby': [field.hint ? hintId : '', errorId].filter(Boolean).join(' '),
    'aria-invalid': field.errors?.[field.name] ? (true as const) : undefined,
  };
}

export function FieldNotes(field: FieldProps) {
  const { hintId, errorId } = fieldIds(field);
  const error = field.errors?.[field.name];
  return (
    <>
      {field.hint && (
        <p className="hint" id={hintId}>
          {field.hint}
        </p>
      )}
      <p className="field-error" id={errorId} hidden={!error}>
        {error}
      </p>
    </>
  );
}

function FieldBox({ field, children }: { field: FieldProps; children: ReactNode }) {
  return (
    <div className="field" data-field={field.name}>
      <label htmlFor={fieldIds(field).id}>{field.label}</label>
      {children}
      <FieldNotes {...field} />
    </div>
  );
}

export function TextField(props: FieldProps & { defaultValue?: string | undefined }) {
  const { id } = fieldIds(props);
  return (
    <FieldBox field={props}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.defaultValue ?? ''}
        required={props.required}
        maxLength={props.maxLength}
        min={props.min}
        max={props.max}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        {...describedBy(props)}
      />
    </FieldBox>
  );
}

export function TextArea(props: FieldProps & { defaultValue?: string | undefined }) {
  const { id } = fieldIds(props);
  return (
    <FieldBox field={props}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        required={props.required}
        defaultValue={props.defaultValue ?? ''}
        {...describedBy(props)}
      />
    </FieldBox>
  );
}

export function Select(props: FieldProps & { options: Options; placeholder?: string; defaultValue?: string | undefined }) {
  const { id } = fieldIds(props);
  return (
    <FieldBox field={props}>
      <select id={id} name={props.name} required={props.required} defaultValue={props.defaultValue ?? ''} {...describedBy(props)}>
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {optionList(props.options).map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FieldBox>
  );
}
