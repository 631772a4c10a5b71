import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * WCAG AA for every theme: 4.5:1 for text, 3:1 for the focus ring and control borders that carry meaning.
 * Colours are read from the stylesheet itself, so a changed colour is checked without touching this test.
 */
const css = readFileSync('src/styles/base.css', 'utf8');

function themeBlock(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  return css.slice(start, css.indexOf('}', start));
}

/** `--name: #hex` declarations, or the light (0) or dark (1) half of `--name: light-dark(#a, #b)`. */
function colours(block: string, half: 0 | 1 = 0): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)) found[m[1] ?? ''] = m[2] ?? '';
  for (const m of block.matchAll(/--([a-z-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    found[m[1] ?? ''] = (half === 0 ? m[2] : m[3]) ?? '';
  }
  return found;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const root = themeBlock(':root');
const themes = {
  light: colours(root, 0),
  dark: colours(root, 1),
  sepia: { ...colours(root, 0), ...colours(themeBlock(":root[data-theme='sepia']")) },
};

describe.each(Object.entries(themes))('the %s theme', (_name, palette) => {
  const pairs: Array<[string, string, number]> = [
    ['fg', 'bg', 4.5],
    ['muted', 'bg', 4.5],
    ['accent', 'bg', 4.5],
    ['accent-fg', 'accent', 4.5],
    ['fg', 'surface', 4.5],
    ['muted', 'surface', 4.5],
    ['bg', 'fg', 4.5],
    ['focus', 'bg', 3],
  ];
  it.each(pairs)('%s on %s meets %s:1', (foreground, background, minimum) => {
    const fg = palette[foreground];
    const bg = palette[background];
    expect(fg, `--${foreground}`).toMatch(/^#/);
    expect(bg, `--${background}`).toMatch(/^#/);
    expect(contrast(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(minimum);
  });
});
