import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { views, type View } from '../routing/view.ts';
import { fontScales, themes, useSystemTheme, type ReaderSettings } from './readerSettings.ts';

interface ReaderSettingsMenuProps {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  /** The view on screen, and the switch that also makes it the preferred one (src/app/useViewSwitch.ts). */
  view: View;
  onChangeView: (view: View) => void;
}

/** "Aa": a disclosure with text size (A−/A+), theme (light, dark, sepia) and view (one language or both). */
export function ReaderSettingsMenu({ settings, onChange, view, onChangeView }: ReaderSettingsMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const systemTheme = useSystemTheme();
  const theme = settings.theme ?? systemTheme;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    // Escape closes and returns focus to the button; a click or tap elsewhere just closes.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);
  return (
    <div className="settings" ref={containerRef}>
      <button
        ref={toggleRef}
        type="button"
        className="toolbar-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('settings.open')}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      <div id={panelId} className="settings-panel" hidden={!open}>
        <div role="group" aria-label={t('settings.textSize')} className="settings-row">
          <button
            type="button"
            className="toolbar-button"
            aria-label={t('settings.smaller')}
            disabled={settings.fontStep <= 0}
            onClick={() => onChange({ fontStep: settings.fontStep - 1 })}
          >
            <span aria-hidden="true">A−</span>
          </button>
          <button
            type="button"
            className="toolbar-button"
            aria-label={t('settings.larger')}
            disabled={settings.fontStep >= fontScales.length - 1}
            onClick={() => onChange({ fontStep: settings.fontStep + 1 })}
          >
            <span aria-hidden="true">A+</span>
          </button>
        </div>
        <fieldset className="settings-row theme-choice">
          <legend>{t('settings.theme')}</legend>
          {themes.map((name) => (
            <label key={name} className={`theme-option theme-swatch-${name}`}>
              <input
                type="radio"
                name={`${panelId}-theme`}
                value={name}
                checked={theme === name}
                onChange={() => onChange({ theme: name })}
              />
              {t(`settings.themes.${name}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="settings-row view-choice">
          <legend>{t('view.choice')}</legend>
          {views.map((name) => (
            <label key={name} className="view-option">
              <input type="radio" name={`${panelId}-view`} value={name} checked={view === name} onChange={() => onChangeView(name)} />
              {t(`view.${name}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
