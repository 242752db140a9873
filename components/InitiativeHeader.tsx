/**
 * An initiative's title, founding date, member count, homepage and
 * description, in the reader's language: the top of both the tooltip's
 * initiative card and the popup's initiative view. Pure.
 */
import type { Initiative } from '../lib/dataset/types';
import { dateKey, localizedInitiative, type Translator } from '../lib/i18n';

export function InitiativeHeader({
  initiative,
  memberCount,
  i18n,
}: {
  initiative: Initiative;
  memberCount: number;
  i18n: Translator;
}) {
  const { name, description } = localizedInitiative(initiative, i18n.locale);
  return (
    <>
      <header class="card-header">
        <h2 class="card-title">{name}</h2>
        <p class="card-facts">
          {i18n.t(dateKey('founded', initiative.founded), { date: i18n.date(initiative.founded) })}{' '}
          · {i18n.t('members', { count: memberCount })} ·{' '}
          <a href={initiative.homepage} target="_blank" rel="noopener noreferrer">
            {i18n.t('homepage')}
          </a>
        </p>
      </header>
      <p class="card-description">{description}</p>
    </>
  );
}
