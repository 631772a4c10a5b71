import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampPage, columnAt, computeGeometry, firstIndexWhere, pageAt, pageCountFor, type PageGeometry } from '../../src/reader/pageGeometry.ts';

const phone = computeGeometry({ availableWidth: 350, availableHeight: 640, fontSize: 16 });
const desktop = computeGeometry({ availableWidth: 1360, availableHeight: 800, fontSize: 16 });

describe('computeGeometry', () => {
  it('lays out one column per page on a phone-width screen at 16px text', () => {
    expect(phone.columnsPerPage).toBe(1);
    expect(phone.columnWidth).toBe(350);
    expect(phone.contentWidth).toBe(350);
  });

  it('lays out two columns per page, like a book spread, on a desktop-width screen', () => {
    expect(desktop.columnsPerPage).toBe(2);
    expect(desktop.contentWidth).toBe(2 * desktop.columnWidth + desktop.gap);
  });

  it('falls back to one column when larger text no longer fits two on the same screen', () => {
    expect(computeGeometry({ availableWidth: 1360, availableHeight: 800, fontSize: 28 }).columnsPerPage).toBe(1);
  });

  it('caps the column width so that lines stay readable on a wide single-column screen', () => {
    const wide = computeGeometry({ availableWidth: 1000, availableHeight: 800, fontSize: 16 });
    expect(wide.columnsPerPage).toBe(1);
    expect(wide.columnWidth).toBe(38 * 16);
  });

  it('turns a page by exactly the content width plus one gap', () => {
    expect(phone.step).toBe(phone.contentWidth + phone.gap);
    expect(desktop.step).toBe(desktop.contentWidth + desktop.gap);
  });

  it('uses whole pixels and never exceeds the available width, for any screen and text size', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 4000, noNaN: true }),
        fc.double({ min: 1, max: 3000, noNaN: true }),
        fc.double({ min: 8, max: 48, noNaN: true }),
        fc.boolean(),
        (availableWidth, availableHeight, fontSize, paired) => {
          const geometry = computeGeometry({ availableWidth, availableHeight, fontSize, paired });
          for (const length of [geometry.availableWidth, geometry.contentWidth, geometry.height, geometry.columnWidth, geometry.gap, geometry.step]) {
            expect(Number.isInteger(length)).toBe(true);
          }
          expect(geometry.availableWidth).toBe(Math.max(1, Math.floor(availableWidth)));
          expect(geometry.contentWidth).toBeLessThanOrEqual(geometry.availableWidth);
          expect(geometry.columnWidth).toBeGreaterThanOrEqual(1);
          expect([1, 2]).toContain(geometry.columnsPerPage);
          expect(geometry.contentWidth).toBe(geometry.columnsPerPage * geometry.columnWidth + (geometry.columnsPerPage - 1) * geometry.gap);
          expect(geometry.step).toBe(geometry.contentWidth + geometry.gap);
        },
      ),
    );
  });

  it('pairs both languages in one column a page: side by side exactly where one language makes a spread', () => {
    for (const [availableWidth, fontSize] of [[350, 16], [728, 16], [804, 16], [1000, 16], [1360, 16], [1400, 18], [1400, 22.5], [1360, 28]] as const) {
      const one = computeGeometry({ availableWidth, availableHeight: 800, fontSize });
      const both = computeGeometry({ availableWidth, availableHeight: 800, fontSize, paired: true });
      expect(both.columnsPerPage).toBe(1);
      expect(both.sideBySide, `${availableWidth}px at ${fontSize}px`).toBe(one.columnsPerPage === 2);
      expect(one.sideBySide).toBe(false);
    }
  });

  it('gives the two languages side by side a spread’s width, and interleaved ones a single column’s', () => {
    const wide = computeGeometry({ availableWidth: 1360, availableHeight: 800, fontSize: 16, paired: true });
    expect(wide.columnWidth).toBe(desktop.contentWidth);
    expect(wide.step).toBe(wide.columnWidth + wide.gap);
    const huge = computeGeometry({ availableWidth: 3000, availableHeight: 800, fontSize: 16, paired: true });
    expect(huge.columnWidth).toBe(2 * 38 * 16 + 3 * 16);
    expect(computeGeometry({ availableWidth: 1000, availableHeight: 800, fontSize: 16, paired: true }).columnWidth).toBe(38 * 16);
    expect(computeGeometry({ availableWidth: 350, availableHeight: 640, fontSize: 16, paired: true })).toEqual({ ...phone, sideBySide: false });
  });

  it('rounds fractional sizes down to whole pixels', () => {
    const geometry = computeGeometry({ availableWidth: 375.6, availableHeight: 667.9, fontSize: 16 });
    expect(geometry.availableWidth).toBe(375);
    expect(geometry.height).toBe(667);
  });
});

describe('pageAt', () => {
  const geometry: PageGeometry = phone;

  it('puts the first column on page 0 and the next page one step later', () => {
    expect(pageAt(0, geometry)).toBe(0);
    expect(pageAt(geometry.contentWidth - 1, geometry)).toBe(0);
    expect(pageAt(geometry.step, geometry)).toBe(1);
    expect(pageAt(3 * geometry.step + 10, geometry)).toBe(3);
  });

  it('counts a point in the gap\'s right half as on the next page', () => {
    expect(pageAt(geometry.contentWidth + geometry.gap / 2 - 1, geometry)).toBe(0);
    expect(pageAt(geometry.contentWidth + geometry.gap / 2, geometry)).toBe(1);
  });

  it('never reports a negative page', () => {
    expect(pageAt(-500, geometry)).toBe(0);
  });
});

describe('columnAt', () => {
  it('counts columns across pages, two to a desktop page, a column\'s gap split between its neighbours', () => {
    const column = desktop.columnWidth + desktop.gap;
    expect(columnAt(0, desktop)).toBe(0);
    expect(columnAt(column - desktop.gap / 2 - 1, desktop)).toBe(0);
    expect(columnAt(column - desktop.gap / 2, desktop)).toBe(1);
    expect(columnAt(desktop.step + 10, desktop)).toBe(2);
    expect(columnAt(-500, desktop)).toBe(0);
    for (const x of [0, 700, desktop.step + 5, 3 * desktop.step + 900]) {
      expect(Math.floor(columnAt(x, desktop) / desktop.columnsPerPage)).toBe(pageAt(x, desktop));
    }
  });

  it('is the page on a phone (one column a page)', () => {
    expect(columnAt(3 * phone.step + 10, phone)).toBe(3);
  });
});

describe('pageCountFor', () => {
  it('is one page for text that ends on the first page, or no text at all', () => {
    expect(pageCountFor(0, desktop)).toBe(1);
    expect(pageCountFor(desktop.contentWidth, desktop)).toBe(1);
  });

  it('adds a page when the text runs one pixel onto the next page', () => {
    expect(pageCountFor(desktop.step + 1, desktop)).toBe(2);
    expect(pageCountFor(6 * desktop.step + desktop.contentWidth, desktop)).toBe(7);
  });
});

describe('clampPage', () => {
  it('keeps a page inside 0..pageCount-1', () => {
    expect(clampPage(-1, 7)).toBe(0);
    expect(clampPage(3, 7)).toBe(3);
    expect(clampPage(7, 7)).toBe(6);
    expect(clampPage(2.8, 7)).toBe(2);
  });

  it('goes to the first page for a non-number page or an empty document', () => {
    expect(clampPage(Number.NaN, 7)).toBe(0);
    expect(clampPage(Number.POSITIVE_INFINITY, 7)).toBe(0);
    expect(clampPage(4, 0)).toBe(0);
  });
});

describe('firstIndexWhere', () => {
  it('finds the first index where a monotonic predicate turns true', () => {
    expect(firstIndexWhere(0, 10, (index) => index >= 4)).toBe(4);
    expect(firstIndexWhere(0, 10, () => true)).toBe(0);
  });

  it('returns the upper bound when the predicate is never true', () => {
    expect(firstIndexWhere(0, 10, () => false)).toBe(10);
    expect(firstIndexWhere(5, 5, () => true)).toBe(5);
  });

  it('agrees with a linear scan for any monotonic predicate and range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: -10, max: 1100 }), (low, length, threshold) => {
        const high = low + length;
        const calls: number[] = [];
        const isAtOrAfter = (index: number): boolean => {
          calls.push(index);
          return index >= threshold;
        };
        let expected = high;
        for (let index = low; index < high; index += 1) {
          if (index >= threshold) {
            expected = index;
            break;
          }
        }
        expect(firstIndexWhere(low, high, isAtOrAfter)).toBe(expected);
        // Only asks about indices inside the range, and only logarithmically many.
        for (const index of calls) {
          expect(index).toBeGreaterThanOrEqual(low);
          expect(index).toBeLessThan(high);
        }
        expect(calls.length).toBeLessThanOrEqual(Math.ceil(Math.log2(length + 1)) + 1);
      }),
    );
  });
});
