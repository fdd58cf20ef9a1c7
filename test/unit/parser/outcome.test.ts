/**
 * Outcomes: the badge a reader sees on each item ("Godkendt", "Anbefalet", "Udsat" …) says
 * what the committee decided, judged on the decision text only.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../lib/model.ts';
import { OUTCOMES } from '../../../lib/model.ts';
import { classifyOutcome, OUTCOME_LABELS } from '../../../lib/parser/outcome.ts';
import { describeShared, readShared, seedNames } from '../../shared.ts';

interface GoldFile {
  items: { number: number; decision: string | null; outcome: Outcome }[];
}

describeShared('every gold decision gets its gold outcome', () => {
  for (const seed of seedNames()) {
    const gold = JSON.parse(readShared('gold', `${seed}.json`)) as GoldFile;
    it.each(gold.items.map((i) => [i.number, i.decision, i.outcome] as const))(`${seed} item %i`, (_n, decision, outcome) => {
      expect(classifyOutcome(decision)).toBe(outcome);
    });
  }
});

// prettier-ignore
const VOCABULARY: [decision: string | null, outcome: Outcome][] = [
  // approved
  ['Godkendt.',                                                                  'approved'],
  ['Indstillingen godkendt',                                                     'approved'],
  ['Indstillingen tiltrådt med bemærkning om, at sagen følges tæt.',             'approved'],
  ['Tiltrådt.',                                                                  'approved'],
  ['Vedtaget.',                                                                  'approved'],
  ['Et flertal i udvalget kunne tiltræde indstillingen',                         'approved'],
  ['Udvalget besluttede, at projektet igangsættes.',                             'approved'],
  ['Drøftet og godkendt.',                                                       'approved'],
  ['Et mindretal (Ø) kunne ikke tiltræde. Et flertal godkendte indstillingen.',  'approved'],
  ['Godkendt, idet administrationen fastsætter dato.',                           'approved'],
  ['Der bevilges 150.000 kr. til projektet.',                                    'approved'],
  ['Ledigheden er faldet, og orienteringen blev taget til efterretning.',        'noted'],
  ['Til orientering.',                                                           'noted'],
  ['Borgmesteren orienterede om sit arbejde.\nTil orientering.',                'noted'],
  ['Sagen sendes til orientering i byrådet og godkendes.',                       'approved'],
  ['Ib Holm deltog ikke.\nA, B og V (12) besluttede ikke at imødekomme anmodningen.', 'rejected'],
  ['Udvalget besluttede ikke at anbefale forslaget.',                            'rejected'],
  ['Faldet.',                                                                    'rejected'],
  ['Ændringsforslaget faldt.',                                                   'rejected'],
  // recommended
  ['Anbefales.',                                                                 'recommended'],
  ['Indstillingerne anbefales',                                                  'recommended'],
  ['Indstilles godkendt.',                                                       'recommended'],
  ['Udvalget anbefaler Økonomiudvalget og Byrådet at godkende indstillingen',   'recommended'],
  ['Fremsendes til Byrådet med anbefaling.',                                     'recommended'],
  ['Udvalget besluttede at anbefale forslaget.',                                 'recommended'],
  // noted
  ['Taget til efterretning.',                                                    'noted'],
  ['Taget til orientering',                                                      'noted'],
  ['Orienteringen blev taget til efterretning',                                  'noted'],
  ['Orienteringen taget til efterretning. Der er et ønske om en ny status.',     'noted'],
  ['Udvalget tog orienteringen til efterretning.',                               'noted'],
  // discussed
  ['Drøftet.',                                                                   'discussed'],
  ['Udvalget drøftede sagen og afgav bemærkninger.',                             'discussed'],
  ['Indsatsen for udsatte borgere blev drøftet.',                                'discussed'],
  // postponed
  ['Udsat.',                                                                     'postponed'],
  ['Punktet udsat. Behandles på kommende udvalgsmøde den 4. december 2024.',     'postponed'],
  ['Sagen blev udsat uden behandling.',                                          'postponed'],
  ['Sagen udsættes til næste møde.',                                             'postponed'],
  ['Udvalget besluttede at udsætte sagen.',                                      'postponed'],
  ['Sagen genoptages på et senere møde.',                                        'postponed'],
  // rejected
  ['Afvist.',                                                                    'rejected'],
  ['Ikke godkendt.',                                                             'rejected'],
  ['Indstillingen blev forkastet',                                               'rejected'],
  ['Godkendes ikke.',                                                            'rejected'],
  ['Udvalget kunne ikke tiltræde indstillingen.',                                'rejected'],
  ['Anbefales ikke.',                                                            'rejected'],
  // not released
  ['Beslutning ikke frigivet',                                                   'not_released'],
  // mixed: numbered parts with differing outcomes
  ['Ad. 1) Godkendt.\nAd. 2) Taget til efterretning.',                           'mixed'],
  ['Ad 1: Anbefales. Ad 2: Udsat.',                                              'mixed'],
  ['Dot 1: Godkendt\nDot 2: Drøftet',                                            'mixed'],
  ['1) Godkendt.\n2) Afvist.',                                                   'mixed'],
  ['Udvalget besluttede:\nAd 1) Godkendt\nAd 2) Afvist',                         'mixed'],
  // numbered parts that agree, and numbered amendments inside one verdict
  ['Ad. 1) Godkendt.\nAd. 2) Godkendt.',                                         'approved'],
  ['Udvalget anbefaler planen med følgende ændringer:\n- 1) at afsnit 2 udgår, da det godkendte budget gælder.\n- 2) at sagen udsættes til 2026 for så vidt angår etape 2.', 'recommended'],
  // none
  [null,                                                                         'none'],
  ['',                                                                           'none'],
  ['-',                                                                          'none'],
  ['  –  ',                                                                      'none'],
  // other
  ['Intet under dette punkt.',                                                   'other'],
  ['Fremsendes til Byrådet.',                                                    'other'],
  ['Fremsendes uden anbefaling.',                                                'other'],
  ['Ingen bemærkninger.',                                                        'other'],
];

describe('classifyOutcome: the wider Danish vocabulary', () => {
  it.each(VOCABULARY)('%j → %s', (decision, outcome) => {
    expect(classifyOutcome(decision)).toBe(outcome);
  });
});

describe('OUTCOME_LABELS', () => {
  it('has a Danish and an English label for every outcome', () => {
    for (const o of OUTCOMES) {
      expect(OUTCOME_LABELS[o].da, o).not.toBe('');
      expect(OUTCOME_LABELS[o].en, o).not.toBe('');
    }
    expect(OUTCOME_LABELS.approved.da).toBe('Godkendt');
    expect(OUTCOME_LABELS.noted.da).toBe('Taget til efterretning');
    expect(OUTCOME_LABELS.none.da).toBe('Ingen beslutning');
  });
});
