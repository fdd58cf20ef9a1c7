/** The case view names the municipality, not the host, wherever the host tells which it is. */
import { describe, expect, it } from 'vitest';
import { municipalityLabel } from '../../components/case/CasePage.tsx';

describe('municipalityLabel', () => {
  it('uses the stored name, else the municipality of the portal host, else the host', () => {
    expect(municipalityLabel('Lejre', 'lejre')).toBe('Lejre');
    expect(municipalityLabel(null, 'host:dagsordener.lejre.dk')).toBe('Lejre');
    expect(municipalityLabel(null, 'host:dagsordener.aarhus.dk')).toBe('Aarhus');
    expect(municipalityLabel(null, 'host:referater.example.org')).toBe('referater.example.org');
  });
});
