/** A filter as a labelled select: "Alle" (the empty value) first, then the choices. */
import { t } from '../lib/i18n/index.ts';

export interface FilterChoice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  choices: readonly FilterChoice[];
  onChange: (value: string) => void;
}

export function FilterSelect({ label, value, choices, onChange }: Props) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('popup_filterAll')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Plain strings as choices, each its own label. */
export const asChoices = (values: readonly string[]): FilterChoice[] => values.map((v) => ({ value: v, label: v }));

/** The outcomes as choices, in words. */
export const outcomeChoices = (outcomes: readonly string[]): FilterChoice[] => outcomes.map((o) => ({ value: o, label: t(`outcome_${o}`) }));
