import { describe, expect, it } from 'vitest';
import { clampOffset, isParagraphKey, isSlug } from '../../src/articles/ids.ts';
import { isPlainClick } from '../../src/lib/isPlainClick.ts';

describe('ids and their rules', () => {
  it('accepts slugs of lowercase words joined by single hyphens, and nothing else', () => {
    expect(isSlug('dpk-leader-welcomes-us-n-korea-talks')).toBe(true);
    expect(isSlug('a1')).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a--b', 'A', 'a_b', 'a/b', '../a', 'a b']) expect(isSlug(bad), bad).toBe(false);
  });

  it('accepts paragraph keys that are valid element ids of at most 64 characters', () => {
    expect(isParagraphKey('p3')).toBe(true);
    expect(isParagraphKey(`p${'1'.repeat(63)}`)).toBe(true);
    for (const bad of ['', '3p', 'P3', 'p_3', 'p.3', `p${'1'.repeat(64)}`, '#p3']) expect(isParagraphKey(bad), bad).toBe(false);
  });

  it('clamps an offset to the characters of the text, whole and finite', () => {
    expect(clampOffset(5, 10)).toBe(5);
    expect(clampOffset(10, 10)).toBe(9);
    expect(clampOffset(-3, 10)).toBe(0);
    expect(clampOffset(4.9, 10)).toBe(4);
    expect(clampOffset(Number.NaN, 10)).toBe(0);
    expect(clampOffset(Number.POSITIVE_INFINITY, 10)).toBe(0);
    expect(clampOffset(3, 0)).toBe(0);
  });
});

describe('isPlainClick', () => {
  const plain = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
  it('is true for a primary click without modifiers only', () => {
    expect(isPlainClick(plain)).toBe(true);
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
    for (const key of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) expect(isPlainClick({ ...plain, [key]: true }), key).toBe(false);
  });
});
