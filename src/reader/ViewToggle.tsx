import { useTranslation } from 'react-i18next';
import type { View } from '../routing/view.ts';

interface ViewToggleProps {
  view: View;
  onChange: (view: View) => void;
}

/**
 * "Both languages" / "두 언어로 보기", beside the language toggle in the running head: a toggle button
 * whose pressed state says whether both languages are on screen. A button, not a link: without JavaScript
 * there is no second view to show (public/noscript.css hides it), and a link would read as navigation.
 */
export function ViewToggle({ view, onChange }: ViewToggleProps) {
  const { t } = useTranslation();
  const both = view === 'both';
  return (
    <button type="button" className="view-toggle" aria-pressed={both} onClick={() => onChange(both ? 'one' : 'both')}>
      {t('view.both')}
    </button>
  );
}
