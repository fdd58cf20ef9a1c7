/** The case view names the municipality, not a key or a bare host, wherever the key tells which it is. */
import { describe, expect, it } from 'vitest';
import { municipalityLabel } from '../../../components/case/CasePage.tsx';

describe('municipalityLabel', () => {
  it('uses the stored name, else the municipality of a portal key', () => {
    expect(municipalityLabel('Lejre', 'lejre')).toBe('Lejre');
    expect(municipalityLabel(null, 'lejre')).toBe('Lejre');
    expect(municipalityLabel(null, 'aarhus')).toBe('Aarhus');
    expect(municipalityLabel(null, 'ikast-brande')).toBe('Ikast-Brande');
    // The demo's fictional municipality is a known portal too.
    expect(municipalityLabel(null, 'sagsby')).toBe('Sagsby');
  });
  it('names the site of a case filed under a site that is not a known portal', () => {
    // The words around the site come from the browser's i18n (its key here, outside a browser).
    expect(municipalityLabel(null, 'https://referater.example.org')).not.toBe('https://referater.example.org');
    expect(municipalityLabel(null, 'https://www.lejre.dk')).toMatch(/^Lejre \(/);
    expect(municipalityLabel('Lejre', 'https://www.lejre.dk')).toMatch(/^Lejre \(/);
  });
});
