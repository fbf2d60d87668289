import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('reads English postings as English', () => {
    expect(detectLanguage('You will plan and run our campaigns with the sales team and report on the results to the board.')).toBe('en');
  });

  it('tells the common European languages apart by their function words', () => {
    expect(detectLanguage('Wir suchen eine Marketing Managerin, die mit unserem Team die Kampagnen für den deutschen Markt plant und auf Messen vertritt.')).toBe('de');
    expect(detectLanguage('Buscamos un responsable de marketing para la gestión de las campañas y el presupuesto del equipo en la región.')).toBe('es');
    expect(detectLanguage('Nous recherchons un responsable marketing pour les campagnes et le budget de notre équipe dans la région.')).toBe('fr');
  });

  it('answers "und" for text mostly in another script', () => {
    expect(detectLanguage('マーケティングマネージャーを募集しています。キャンペーンの企画と実行を担当していただきます。')).toBe('und');
  });

  it('counts text too short to tell as English', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('Sales rep 🚀')).toBe('en');
  });
});
