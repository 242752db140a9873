/**
 * The tooltip's frame around a card: accessible name, close button and the
 * dataset's "as of" date. Pure.
 */
import type { ComponentChildren } from 'preact';
import type { Translator } from '../lib/i18n';

export interface HoverCardProps {
  label: string;
  asOf: string;
  i18n: Translator;
  onClose: () => void;
  children: ComponentChildren;
}

export function HoverCard({ label, asOf, i18n, onClose, children }: HoverCardProps) {
  return (
    <div class="hover-card" role="tooltip" aria-label={label}>
      <button type="button" class="close-button" aria-label={i18n.t('close')} onClick={onClose}>
        ×
      </button>
      {children}
      <footer class="as-of">{i18n.t('asOf', { date: i18n.date(asOf) })}</footer>
    </div>
  );
}
