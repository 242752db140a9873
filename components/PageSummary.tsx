/**
 * "On this page": the organizations the current tab names, with how often,
 * and a matrix of which of them belong to which initiative. Pure.
 */
import type { DatasetQueries } from '../lib/dataset/query';
import type { Initiative, Organization } from '../lib/dataset/types';
import { localizedInitiative } from '../lib/i18n';
import type { PageTranslator } from '../lib/i18n-pages';
import type { PageNameCount } from '../lib/messages';

export interface PageSummaryProps {
  names: PageNameCount[];
  queries: DatasetQueries;
  i18n: PageTranslator;
  isInitiativeShown: (id: string) => boolean;
  onReveal: (name: PageNameCount) => void;
}

export function PageSummary({
  names,
  queries,
  i18n,
  isInitiativeShown,
  onReveal,
}: PageSummaryProps) {
  const orgs = names
    .filter((n) => n.kind === 'org')
    .map((n) => ({ count: n, org: queries.orgById.get(n.id) }))
    .filter((e): e is { count: PageNameCount; org: Organization } => !!e.org)
    .sort((a, b) => b.count.count - a.count.count || a.org.name.localeCompare(b.org.name));
  if (orgs.length === 0) return <p class="empty">{i18n.t('nothingOnPage')}</p>;

  const memberOf = new Map(
    orgs.map(({ org }) => [
      org.id,
      new Set(queries.membershipsOf(org.id).map((m) => m.initiative)),
    ]),
  );
  const columns: Initiative[] = [...queries.initiativeById.values()].filter(
    (initiative) =>
      isInitiativeShown(initiative.id) &&
      orgs.some(({ org }) => memberOf.get(org.id)?.has(initiative.id)),
  );
  const short = (initiative: Initiative) => localizedInitiative(initiative, i18n.locale).name;

  return (
    <section class="page-summary" aria-label={i18n.t('onThisPage')}>
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
                        {member ? '●' : ''}
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
