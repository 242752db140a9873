/**
 * One initiative: what it is, when it was founded, its homepage, and its
 * members, those named on the current page first. Pure; used by the tooltip
 * (for a name like "AI Alliance" on a page) and by the popup.
 */
import type { InitiativeCardModel } from '../lib/cards';
import type { Organization } from '../lib/dataset/types';
import { localizedInitiative, type Translator } from '../lib/i18n';
import { InitiativeHeader } from './InitiativeHeader';

export interface InitiativeCardProps {
  model: InitiativeCardModel;
  i18n: Translator;
  /** How many other members to list before "+N more"; all when omitted. */
  otherMembersLimit?: number;
  onSelectOrg?: (orgId: string) => void;
}

export function InitiativeCard({
  model,
  i18n,
  otherMembersLimit,
  onSelectOrg,
}: InitiativeCardProps) {
  const { initiative, memberCount, membersOnPage, otherMembers } = model;
  const { name } = localizedInitiative(initiative, i18n.locale);
  const shownOthers =
    otherMembersLimit === undefined ? otherMembers : otherMembers.slice(0, otherMembersLimit);
  const renderOrg = (org: Organization) => (
    <li key={org.id}>
      {onSelectOrg ? (
        <button type="button" class="link-button" onClick={() => onSelectOrg(org.id)}>
          {org.name}
        </button>
      ) : (
        org.name
      )}
    </li>
  );
  return (
    <article class="card" aria-label={name}>
      <InitiativeHeader initiative={initiative} memberCount={memberCount} i18n={i18n} />
      {membersOnPage.length > 0 ? (
        <section class="member-group" data-group="on-page">
          <h3>{i18n.t('alsoOnPage')}</h3>
          <ul class="member-list">{membersOnPage.map(renderOrg)}</ul>
        </section>
      ) : null}
      {shownOthers.length > 0 ? (
        <section class="member-group" data-group="others">
          <h3>
            {membersOnPage.length > 0
              ? i18n.t('otherMembers')
              : i18n.t('members', { count: memberCount })}
          </h3>
          <ul class="member-list">
            {shownOthers.map(renderOrg)}
            {shownOthers.length < otherMembers.length ? (
              <li class="more">
                {i18n.t('moreMembers', { count: otherMembers.length - shownOthers.length })}
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
