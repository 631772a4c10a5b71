import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../articles/edition.ts';
import { useEdition } from '../articles/useEdition.ts';
import { otherLanguage, type Language } from '../i18n/languages.ts';
import { PeekPanel } from '../reader/ParagraphPeek.tsx';
import { usePeekOpen, type PeekStore } from '../reader/peekStore.ts';
import { UnavailableNotice } from './UnavailableNotice.tsx';

interface CounterpartPeekProps {
  store: PeekStore;
  /** The paragraph as the page shows it. */
  paragraph: Paragraph;
  /** 1-based, as readers count. */
  number: number;
  /** The page's language. */
  language: Language;
  slug: string;
}

/** A paragraph's peek, when it is open: nothing at all otherwise, so a closed peek costs no markup. */
export function CounterpartPeek(props: CounterpartPeekProps) {
  const open = usePeekOpen(props.store, props.paragraph.id);
  return open ? <OpenCounterpartPeek {...props} /> : null;
}

/**
 * The same paragraph key in the other language's edition. That edition is usually in hand already (the
 * language switch prefetches it: useLanguageSwitch.ts); if not, it is loaded now, through the same store.
 */
function OpenCounterpartPeek({ store, paragraph, number, language, slug }: CounterpartPeekProps) {
  const { t } = useTranslation();
  const other = otherLanguage(language);
  const { edition, failed, retry } = useEdition(other, slug);
  const panel = { store, paragraphKey: paragraph.id, label: t('peek.label', { number }) };
  // A message in the reader's language, set apart from article text.
  const say = (message: string, shown: ReactNode = <p className="paragraph-peek-message">{message}</p>) => (
    <PeekPanel {...panel} text={message} language={language}>
      {shown}
    </PeekPanel>
  );
  if (failed) {
    const message = t('content.otherLanguageUnavailable');
    return say(message, <UnavailableNotice message={message} onRetry={retry} />);
  }
  if (!edition) return say(t('peek.loading'));
  const counterpart = edition.paragraphs.find((candidate) => candidate.id === paragraph.id);
  // Either side untranslated: the "counterpart" would be the original again, the very text on the page or
  // the text the page already stands in for. Said plainly instead.
  if (!counterpart || counterpart.untranslated || paragraph.untranslated) {
    return say(t('peek.untranslated'));
  }
  return <PeekPanel {...panel} text={counterpart.text} language={counterpart.language} />;
}
