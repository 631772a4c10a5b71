/**
 * The publisher's date lines, as the seed captured them: `Posted January. 23, 2025 07:40,` and `Updated
 * January. 23, 2025 07:40`. Their quirks are the format: the month's full name with a period after it ("May"
 * too may carry one), a comma after the posted time followed by no-break spaces, and times in Korea Standard
 * Time (UTC+9 all year: Korea has no daylight saving time since 1988), which the catalog keeps as written,
 * with their offset (`2025-01-23T07:40:00+09:00`).
 */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The label, the date and time, then an optional comma and any spaces (no-break ones included). */
const datePattern = (label: string): RegExp => new RegExp(`^${label} ([A-Z][a-z]+)\\.? (\\d{1,2}), (\\d{4}) (\\d{2}):(\\d{2}),?[\\s\\u00a0]*$`);

export const koreaStandardTimeOffset = '+09:00';

export type DateLine = { ok: true; iso: string } | { ok: false; expected: string };

/** Reads one date line; on failure says what was expected, for the caller to name the line. */
export function parseDateLine(label: 'Posted' | 'Updated', line: string): DateLine {
  const example = `"${label} January. 23, 2025 07:40"`;
  const match = datePattern(label).exec(line);
  if (!match) return { ok: false, expected: `expected the ${label.toLowerCase()} date, like ${example}` };
  const [, monthName = '', day = '', year = '', hour = '', minute = ''] = match;
  const month = months.indexOf(monthName) + 1;
  if (month === 0) return { ok: false, expected: `"${monthName}" is not a month; expected its English name, like ${example}` };
  const daysInMonth = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  if (Number(day) < 1 || Number(day) > daysInMonth) return { ok: false, expected: `${monthName} ${year} has no day ${day}; expected a date, like ${example}` };
  if (Number(hour) > 23 || Number(minute) > 59) return { ok: false, expected: `${hour}:${minute} is not a time of day; expected 24-hour time, like ${example}` };
  const two = (value: string | number) => String(value).padStart(2, '0');
  return { ok: true, iso: `${year}-${two(month)}-${two(day)}T${hour}:${minute}:00${koreaStandardTimeOffset}` };
}
