/**
 * The popup's full view of one initiative: description, founding date,
 * homepage, members grouped by role, and when they joined. Pure.
 */
import type { InitiativeDetailModel } from '../lib/cards';
import { localizedInitiative } from '../lib/i18n';
import { roleGroupHeading, type PageTranslator } from '../lib/i18n-pages';
import { InitiativeHeader } from './InitiativeHeader';

export interface InitiativeViewProps {
  model: InitiativeDetailModel;
  i18n: PageTranslator;
  onSelectOrg: (orgId: string) => void;
}

export function InitiativeView({ model, i18n, onSelectOrg }: InitiativeViewProps) {
  const { initiative, memberCount, byRole, timeline } = model;
  const { name } = localizedInitiative(initiative, i18n.locale);
  return (
    <article class="card initiative-view" aria-label={name}>
      <InitiativeHeader initiative={initiative} memberCount={memberCount} i18n={i18n} />
      {byRole.map(({ role, members }) => (
        <section class="member-group" key={role} data-role={role}>
          <h3>{roleGroupHeading(i18n, role, members.length)}</h3>
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
