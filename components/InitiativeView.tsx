/**
 * The popup's full view of one initiative: description, founding date,
 * homepage, members grouped by role, and when they joined. Pure.
 */
import type { InitiativeDetailModel } from '../lib/cards';
import type { PageTranslator } from '../lib/i18n-pages';

export interface InitiativeViewProps {
  model: InitiativeDetailModel;
  i18n: PageTranslator;
  onSelectOrg: (orgId: string) => void;
}

export function InitiativeView({ model, i18n, onSelectOrg }: InitiativeViewProps) {
  const { initiative, memberCount, byRole, timeline } = model;
  const fr = i18n.locale === 'fr';
  const name = fr && initiative.nameFr ? initiative.nameFr : initiative.name;
  return (
    <article class="card initiative-view" aria-label={name}>
      <header class="card-header">
        <h2 class="card-title">{name}</h2>
        <p class="card-facts">
          {i18n.t('founded', { date: i18n.date(initiative.founded) })} ·{' '}
          {i18n.t('members', { count: memberCount })} ·{' '}
          <a href={initiative.homepage} target="_blank" rel="noopener noreferrer">
            {i18n.t('homepage')}
          </a>
        </p>
      </header>
      <p class="card-description">
        {fr && initiative.descriptionFr ? initiative.descriptionFr : initiative.description}
      </p>
      {byRole.map(({ role, members }) => (
        <section class="member-group" key={role} data-role={role}>
          <h3>
            {i18n.role(role)} ({members.length})
          </h3>
          <ul class="member-list">
            {members.map(({ org, membership }) => (
              <li key={org.id + (membership.joined ?? '')}>
                <button type="button" class="link-button" onClick={() => onSelectOrg(org.id)}>
                  {org.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {timeline.length > 0 ? (
        <section class="timeline">
          <h3>{i18n.t('timeline')}</h3>
          <ol>
            {timeline.map(({ period, orgs }) => (
              <li key={period}>
                <span class="timeline-period">{i18n.date(period)}</span>
                <span
                  class="timeline-bar"
                  style={{ width: `${Math.min(100, orgs.length * 4)}%` }}
                />
                <span class="timeline-count">{orgs.length}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
