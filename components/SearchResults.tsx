/** The popup's result list: organizations and initiatives matching the query. Pure. */
import type { DatasetQueries } from '../lib/dataset/query';
import type { PageTranslator } from '../lib/i18n-pages';
import type { SearchResult } from '../lib/search';

export interface SearchResultsProps {
  query: string;
  results: SearchResult[];
  queries: DatasetQueries;
  i18n: PageTranslator;
  initiativeName: (id: string) => string;
  onSelect: (result: SearchResult) => void;
}

export function SearchResults({
  query,
  results,
  queries,
  i18n,
  initiativeName,
  onSelect,
}: SearchResultsProps) {
  if (results.length === 0) {
    return <p class="empty">{i18n.t('noResults', { query: query.trim() })}</p>;
  }
  return (
    <ul class="search-results" role="list">
      {results.map((result) => {
        const isOrg = result.kind === 'org';
        const org = isOrg ? queries.orgById.get(result.id) : undefined;
        const title = isOrg ? (org?.name ?? result.id) : initiativeName(result.id);
        const detail = isOrg
          ? queries
              .membershipsOf(result.id)
              .map((m) => initiativeName(m.initiative))
              .filter((name, i, all) => all.indexOf(name) === i)
              .join(', ')
          : i18n.t('members', {
              count: new Set(queries.membersOf(result.id).map((m) => m.org)).size,
            });
        return (
          <li key={`${result.kind}:${result.id}`} data-kind={result.kind} data-id={result.id}>
            <button type="button" class="result" onClick={() => onSelect(result)}>
              <span class="result-title">{title}</span>
              <span class="result-detail">{detail}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
