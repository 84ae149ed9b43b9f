import { describe, expect, it } from 'vitest';
import { staleMessage } from './StaleBanner';

describe('staleMessage', () => {
  it('names the number of errors, singular or plural', () => {
    expect(staleMessage(2)).toBe('Showing the last valid diagram · 2 errors in the code');
    expect(staleMessage(1)).toBe('Showing the last valid diagram · 1 error in the code');
  });

  it('leaves the count out when there is none or it is not a number', () => {
    expect(staleMessage(0)).toBe('Showing the last valid diagram');
    expect(staleMessage(Number.NaN)).toBe('Showing the last valid diagram');
  });
});
