/**
 * `text` cut to at most `maxLength` characters with an ellipsis: at a space when one is near the end (English),
 * else at a character (Korean runs can be long without a space).
 */
export function shortenText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const atSpace = cut.lastIndexOf(' ');
  return `${atSpace > maxLength * 0.6 ? cut.slice(0, atSpace) : cut}…`;
}
