/**
 * "On this page": the organizations the current tab names, with how often,
 * the initiatives it names, and a matrix of which of those organizations
 * belong to which initiative. Pure.
 */
import { Fragment } from 'preact';
import type { DatasetQueries } from '../lib/dataset/query';
import type { Initiative, Organization } from '../lib/dataset/types';
import { initiativesByName, localizedInitiative } from '../lib/i18n';
import type { PageTranslator } from '../lib/i18n-pages';
import type { PageNameCount } from '../lib/messages';

export interface PageSummaryProps {
  names: PageNameCount[];
  queries: DatasetQueries;
  i18n: PageTranslator;
  isInitiativeShown: (id: string) => boolean;
  /** Scrolls the page to a name. */
  onReveal: (name: PageNameCount) => void;
  /** Opens an initiative's view, with its members. */
  onSelectInitiative: (id: string) => void;
}

export function PageSummary({
  names,
  queries,
  i18n,
  isInitiativeShown,
  onReveal,
  onSelectInitiative,
}: PageSummaryProps) {
  const orgs = names
    .filter((n) => n.kind === 'org')
    .map((n) => ({ count: n, org: queries.orgById.get(n.id) }))
    .filter((e): e is { count: PageNameCount; org: Organization } => !!e.org)
    .sort((a, b) => b.count.count - a.count.count || a.org.name.localeCompare(b.org.name));
  const namedInitiatives = initiativesByName(
    names
      .filter((n) => n.kind === 'initiative' && isInitiativeShown(n.id))
      .map((n) => queries.initiativeById.get(n.id))
      .filter((initiative): initiative is Initiative => !!initiative),
    i18n.locale,
  );
  if (orgs.length === 0 && namedInitiatives.length === 0)
    return <p class="empty">{i18n.t('nothingOnPage')}</p>;

  const memberOf = new Map(
    orgs.map(({ org }) => [
      org.id,
      new Set(queries.membershipsOf(org.id).map((m) => m.initiative)),
    ]),
  );
  const short = (initiative: Initiative) => localizedInitiative(initiative, i18n.locale).name;
  const columns: Initiative[] = [...queries.initiativeById.values()].filter(
    (initiative) =>
      isInitiativeShown(initiative.id) &&
      orgs.some(({ org }) => memberOf.get(org.id)?.has(initiative.id)),
  );

  return (
    <section class="page-summary" aria-label={i18n.t('onThisPage')}>
      {orgs.length > 0 ? (
        <ul class="page-orgs">
          {orgs.map(({ org, count }) => (
            <li key={org.id}>
              <button type="button" class="link-button" onClick={() => onReveal(count)}>
                {org.name}
              </button>{' '}
              <span class="count">{i18n.t('mentions', { count: count.count })}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {namedInitiatives.length > 0 ? (
        <p class="page-initiatives">
          {i18n.t('initiativesOnPage')}{' '}
          {namedInitiatives.map(({ initiative, name }, i) => (
            <Fragment key={initiative.id}>
              {i > 0 ? ', ' : null}
              <button
                type="button"
                class="link-button"
                onClick={() => onSelectInitiative(initiative.id)}
              >
                {name}
              </button>
            </Fragment>
          ))}
        </p>
      ) : null}
      {columns.length > 0 ? (
        <div class="matrix-scroll">
          <table class="matrix">
            <caption>{i18n.t('matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" />
                {columns.map((initiative) => (
                  <th scope="col" key={initiative.id} title={short(initiative)}>
                    <span class="matrix-head">{short(initiative)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {orgs.map(({ org }) => (
                <tr key={org.id} data-org={org.id}>
                  <th scope="row" title={org.name}>
                    {org.name}
                  </th>
                  {columns.map((initiative) => {
                    const member = memberOf.get(org.id)?.has(initiative.id) ?? false;
                    return (
                      <td key={initiative.id} data-member={member ? 'yes' : 'no'}>
                        {/* A word for screen readers, which would read the dot as "black circle". */}
                        {member ? (
                          <>
                            <span aria-hidden="true">●</span>
                            <span class="visually-hidden">{i18n.t('matrixMember')}</span>
                          </>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
