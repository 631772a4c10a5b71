import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultSettings, fontScales, parseSettings } from '../../src/reader/readerSettings.ts';

describe('parseSettings', () => {
  it('gives the defaults (normal text size, system theme) when nothing is stored', () => {
    expect(parseSettings(null)).toEqual({ fontStep: 1, theme: null, view: 'one' });
    expect(parseSettings('')).toEqual(defaultSettings);
    expect(fontScales[parseSettings(null).fontStep]).toBe(1);
  });

  it('reads back what was stored', () => {
    expect(parseSettings(JSON.stringify({ fontStep: 3, theme: 'sepia' }))).toEqual({ fontStep: 3, theme: 'sepia', view: 'one' });
    expect(parseSettings(JSON.stringify({ fontStep: 0, theme: 'dark' }))).toEqual({ fontStep: 0, theme: 'dark', view: 'one' });
  });

  it('gives the defaults for stored text that is not JSON', () => {
    for (const junk of ['{', 'undefined', 'NaN', '{"fontStep":', "{'fontStep': 2}"]) expect(parseSettings(junk)).toEqual(defaultSettings);
  });

  it('gives the defaults for JSON that is not an object', () => {
    for (const value of ['null', '0', '42', 'true', '"dark"', '[]', '[3, "dark"]']) expect(parseSettings(value)).toEqual(defaultSettings);
  });

  it('ignores values of the wrong type', () => {
    expect(parseSettings(JSON.stringify({ fontStep: '3', theme: 2 }))).toEqual(defaultSettings);
    expect(parseSettings(JSON.stringify({ fontStep: null, theme: null }))).toEqual(defaultSettings);
    expect(parseSettings(JSON.stringify({ fontStep: [4], theme: ['dark'] }))).toEqual(defaultSettings);
  });

  it('keeps a valid value when its neighbour is invalid', () => {
    expect(parseSettings(JSON.stringify({ fontStep: 'big', theme: 'dark' }))).toEqual({ fontStep: 1, theme: 'dark', view: 'one' });
    expect(parseSettings(JSON.stringify({ fontStep: 4, theme: 'neon' }))).toEqual({ fontStep: 4, theme: null, view: 'one' });
  });

  it('reads the preferred view: both languages, or one for anything else', () => {
    expect(parseSettings(JSON.stringify({ fontStep: 2, view: 'both' }))).toEqual({ fontStep: 2, theme: null, view: 'both' });
    for (const view of ['one', 'Both', '', 2, null, ['both']]) expect(parseSettings(JSON.stringify({ view })).view).toBe('one');
  });

  it('pulls an out-of-range text size to the nearest offered size', () => {
    expect(parseSettings(JSON.stringify({ fontStep: 99 })).fontStep).toBe(fontScales.length - 1);
    expect(parseSettings(JSON.stringify({ fontStep: -3 })).fontStep).toBe(0);
    expect(parseSettings(JSON.stringify({ fontStep: 2.7 })).fontStep).toBe(2);
    expect(parseSettings('{"fontStep": 1e999}').fontStep).toBe(1);
  });

  it('follows the system theme when the stored theme is unknown', () => {
    for (const theme of ['neon', 'Dark', '', 'system']) expect(parseSettings(JSON.stringify({ theme })).theme).toBeNull();
  });

  it('always yields a text size that has a scale', () => {
    for (const stored of [null, '{}', '{"fontStep": 99}', '{"fontStep": -1}', 'junk']) {
      expect(fontScales[parseSettings(stored).fontStep]).toBeDefined();
    }
  });
});

describe('text size steps', () => {
  const css = readFileSync('src/styles/reader.css', 'utf8');
  it.each(fontScales.map((scale, step) => [step, scale] as const))('step %i has its %srem rule in reader.css', (step, scale) => {
    if (scale === 1) return; // the default size needs no rule
    const rule = new RegExp(`\\.reader\\[data-font-step='${step}'\\] \\{\\s*font-size: ${scale}rem;`);
    expect(css).toMatch(rule);
  });
});
