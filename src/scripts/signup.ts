/**
 * <signup-form>: the long signup form becomes five steps, each checked with the schema the
 * server uses, and is sent as JSON so that answers show in place. The commune field gets
 * suggestions from the national Geo API (geo.api.gouv.fr), which also gives the commune's
 * centre; when the API cannot be reached, the typed name and postal code are enough.
 */
import { applicationSchema, fieldErrors, formToObject } from '../lib/application';

const GEO_API = 'https://geo.api.gouv.fr/communes';

interface GeoCommune {
  code: string;
  nom: string;
  codesPostaux?: string[];
  centre?: { type: 'Point'; coordinates: [number, number] };
}

class SignupForm extends HTMLElement {
  private form!: HTMLFormElement;
  private steps: HTMLFieldSetElement[] = [];
  private current = 0;
  private announcer!: HTMLElement;

  connectedCallback(): void {
    this.form = this.querySelector('form')!;
    this.announcer = this.querySelector('[data-announce]')!;
    this.steps = [...this.form.querySelectorAll<HTMLFieldSetElement>(':scope > fieldset[data-step]')];
    this.steps.forEach((step, i) => step.append(this.navigation(i)));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.setUpCommune();
    this.show(0, false);
  }

  private navigation(i: number): HTMLElement {
    const nav = document.createElement('div');
    nav.className = 'step-nav';
    if (i > 0) nav.append(this.button('Étape précédente', 'secondary', () => this.show(i - 1)));
    if (i < this.steps.length - 1) nav.append(this.button('Étape suivante', '', () => this.next()));
    return nav;
  }

  private button(label: string, kind: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `button ${kind}`.trim();
    button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }

  private show(i: number, moveFocus = true): void {
    this.current = i;
    this.steps.forEach((step, j) => (step.hidden = j !== i));
    const legend = this.steps[i]!.querySelector('legend')!;
    legend.tabIndex = -1;
    if (moveFocus) legend.focus();
    this.announcer.textContent = legend.textContent ?? '';
  }

  private fieldsOf(step: HTMLElement): string[] {
    return [...step.querySelectorAll<HTMLElement>('[data-field]')].map((f) => f.dataset.field!);
  }

  /** Schema errors for the given fields, shown next to them; returns the fields in error. */
  private check(fields: string[]): string[] {
    const result = applicationSchema.safeParse(formToObject(new FormData(this.form)));
    const errors = result.success ? {} : fieldErrors(result.error);
    this.showErrors(Object.fromEntries(Object.entries(errors).filter(([f]) => fields.includes(f))), fields);
    return fields.filter((f) => errors[f]);
  }

  private showErrors(errors: Record<string, string>, fields: string[]): void {
    for (const field of fields) {
      const message = this.querySelector<HTMLElement>(`#erreur-${field}`);
      if (message) {
        message.textContent = errors[field] ?? '';
        message.hidden = !errors[field];
      }
      const container = this.querySelector<HTMLElement>(`[data-field="${field}"]`);
      for (const control of container?.querySelectorAll('input:not([type=hidden]), select, textarea') ?? []) {
        if (errors[field]) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
    }
  }

  private focusField(field: string): void {
    this.querySelector<HTMLElement>(`[data-field="${field}"] :is(input:not([type=hidden]), select, textarea)`)?.focus();
  }

  private next(): void {
    const wrong = this.check(this.fieldsOf(this.steps[this.current]!));
    if (wrong.length > 0) this.focusField(wrong[0]!);
    else this.show(this.current + 1);
  }

  private goToError(fields: string[]): void {
    const step = this.steps.findIndex((s) => this.fieldsOf(s).some((f) => fields.includes(f)));
    this.show(step === -1 ? this.current : step, false);
    this.focusField(fields.find((f) => this.fieldsOf(this.steps[this.current]!).includes(f))!);
  }

  private async submit(): Promise<void> {
    const all = this.steps.flatMap((s) => this.fieldsOf(s));
    const wrong = this.check(all);
    if (wrong.length > 0) return this.goToError(wrong);
    let response: Response;
    try {
      response = await fetch(this.form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(formToObject(new FormData(this.form))),
      });
    } catch {
      return this.alert('Envoi impossible : vérifiez votre connexion puis réessayez. Vos réponses sont conservées.');
    }
    const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: Record<string, string> };
    if (response.status === 422 && body.errors) {
      this.showErrors(body.errors, all);
      return this.goToError(Object.keys(body.errors));
    }
    if (!response.ok) return this.alert(body.message ?? 'Envoi impossible pour le moment. Réessayez dans quelques minutes.');
    const done = document.createElement('div');
    done.className = 'card';
    done.innerHTML = '<h2 tabindex="-1">Merci, votre inscription est reçue</h2><p></p>';
    done.querySelector('p')!.textContent = body.message ?? '';
    this.form.replaceWith(done);
    done.querySelector('h2')!.focus();
  }

  private alert(message: string): void {
    let box = this.querySelector<HTMLElement>('[role=alert]');
    if (!box) {
      box = document.createElement('p');
      box.setAttribute('role', 'alert');
      box.className = 'field-error';
      this.form.before(box);
    }
    box.textContent = message;
  }

  /** Combobox with suggestions (WAI-ARIA combobox pattern, list popup). */
  private setUpCommune(): void {
    const input = this.form.querySelector<HTMLInputElement>('#communeSearch')!;
    const code = this.form.querySelector<HTMLInputElement>('input[name=homeCommune]')!;
    const position = this.form.querySelector<HTMLInputElement>('input[name=position]')!;
    const list = document.createElement('ul');
    list.id = 'communes-suggerees';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Communes proposées');
    list.hidden = true;
    input.after(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    let found: GeoCommune[] = [];
    let active = -1;
    let timer: number | undefined;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const choose = (commune: GeoCommune) => {
      input.value = `${commune.nom}${commune.codesPostaux?.[0] ? ` (${commune.codesPostaux[0]})` : ''}`;
      code.value = commune.code;
      position.value = commune.centre ? JSON.stringify(commune.centre) : '';
      close();
    };
    const highlight = (i: number) => {
      active = i;
      [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
      if (i >= 0) input.setAttribute('aria-activedescendant', `commune-${i}`);
    };
    const search = async () => {
      const text = input.value.trim();
      if (text.length < 2) return close();
      try {
        const url = `${GEO_API}?nom=${encodeURIComponent(text)}&codeRegion=${this.dataset.region}&fields=code,nom,centre,codesPostaux&boost=population&limit=8`;
        found = (await (await fetch(url)).json()) as GeoCommune[];
      } catch {
        this.announcer.textContent = 'La liste des communes ne répond pas : écrivez le nom et le code postal de votre commune.';
        return close();
      }
      list.replaceChildren(
        ...found.map((commune, i) => {
          const li = document.createElement('li');
          li.id = `commune-${i}`;
          li.setAttribute('role', 'option');
          li.textContent = `${commune.nom} (${commune.codesPostaux?.[0] ?? commune.code})`;
          li.addEventListener('mousedown', (event) => {
            event.preventDefault();
            choose(commune);
          });
          return li;
        }),
      );
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(found.length > 0));
      this.announcer.textContent = found.length > 0 ? `${found.length} communes proposées` : 'Aucune commune trouvée';
      highlight(-1);
    };
    input.addEventListener('input', () => {
      code.value = '';
      position.value = '';
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void search(), 250);
    });
    input.addEventListener('keydown', (event) => {
      if (list.hidden) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        highlight((active + step + found.length) % found.length);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(found[active]!);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', () => window.setTimeout(close, 150));
  }
}

customElements.define('signup-form', SignupForm);
