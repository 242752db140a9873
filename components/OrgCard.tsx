/**
 * One organization and its initiative memberships: role, join date, source.
 * Pure (props in, markup out); the tooltip and the popup both render it.
 */
import type { OrgCardModel } from '../lib/cards';
import { localizedCohort, localizedInitiative, type Translator } from '../lib/i18n';
import { MembershipDate } from './MembershipDate';

export interface OrgCardProps {
  model: OrgCardModel;
  i18n: Translator;
}

export function OrgCard({ model, i18n }: OrgCardProps) {
  const { org, parent, formerName, rows, hiddenCount } = model;
  const facts = [i18n.orgType(org.type), org.country ? i18n.country(org.country) : undefined]
    .filter(Boolean)
    .join(' · ');
  return (
    <article class="card" aria-label={org.name}>
      <header class="card-header">
        <h2 class="card-title">
          {formerName ? i18n.t('formerly', { former: formerName, name: org.name }) : org.name}
        </h2>
        <p class="card-facts">
          {facts}
          {parent ? <> · {i18n.t('partOf', { name: parent.name })}</> : null}
        </p>
      </header>
      {rows.length === 0 ? (
        <p class="card-empty">
          {hiddenCount > 0 ? i18n.t('noMembershipsFiltered') : i18n.t('noMemberships')}
        </p>
      ) : (
        <ul class="membership-list">
          {rows.map(({ initiative, membership }) => (
            <li class="membership" key={initiative.id + membership.role + membership.joined}>
              <span class="membership-initiative">
                {localizedInitiative(initiative, i18n.locale).name}
              </span>
              <span class="membership-role">
                {i18n.role(membership.role)}
                {membership.cohort ? ' — ' + localizedCohort(membership, i18n.locale) : null}
                {' · '}
                <MembershipDate membership={membership} i18n={i18n} />
              </span>
              {membership.confirmed ? null : (
                <span class="badge-unverified" title={i18n.t('unverifiedTitle')}>
                  {i18n.t('unverified')}
                </span>
              )}
              <a
                class="membership-source"
                href={membership.source}
                target="_blank"
                rel="noopener noreferrer"
                title={i18n.t('sourceTitle')}
              >
                {i18n.t('source')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
