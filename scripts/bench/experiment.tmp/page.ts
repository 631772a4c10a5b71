import '../../../src/styles/base.css';
import '../../../src/styles/reader.css';
import { Paginator } from '../../../src/reader/paginator.ts';
import type { Edition } from '../../../src/articles/edition.ts';
import { renderReader } from '../readerMarkup.ts';
import { syntheticEdition } from '../syntheticEdition.ts';

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
type Variant = 'none' | 'nudge' | 'width' | 'height' | 'font' | 'fresh' | 'letter';
async function run(seed: Edition, copies: number, variant: Variant): Promise<number> {
  document.body.replaceChildren();
  const edition = syntheticEdition(seed, copies);
  const el = renderReader(edition);
  document.body.append(el.reader);
  const engine = new Paginator(el.viewport, el.columns, { onRelocate: () => {}, prefersReducedMotion: () => false });
  engine.layout({ paragraph: `p${edition.paragraphs.length / 2}`, offset: 10 });
  const samples: number[] = [];
  for (let i = 0; i < 25; i++) {
    await frame();
    const k = i % 2;
    if (variant === 'nudge' || variant === 'width') el.reader.style.width = `${innerWidth - k}px`;
    if (variant === 'nudge' || variant === 'height') el.reader.style.height = `${innerHeight - k}px`;
    if (variant === 'font') el.reader.style.fontSize = k ? '1.001rem' : '1rem';
    if (variant === 'letter') el.columns.style.letterSpacing = k ? '0.001px' : '';
    if (variant === 'fresh') {
      const kids = [...el.columns.children].map((c) => c.cloneNode(true));
      el.columns.replaceChildren(...kids);
    }
    const t = performance.now();
    engine.layout();
    if (i >= 5) samples.push(performance.now() - t);
  }
  engine.destroy();
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}
Object.assign(window, { exp: run });
