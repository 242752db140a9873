/** "since 5 Dec 2023", "left Mar 2024", or why the date is missing or soft. */
import type { Membership } from '../lib/dataset/types';
import { dateKey, type Translator } from '../lib/i18n';

export function MembershipDate({ membership, i18n }: { membership: Membership; i18n: Translator }) {
  const { joined, joinedVerified, left } = membership;
  return (
    <span class="membership-date">
      {/* Each phrase wraps as a whole; the line may break between them. */}
      <span class="date-phrase">
        {joined
          ? i18n.t(dateKey('joined', joined), { date: i18n.date(joined) })
          : i18n.t('dateUnknown')}
        {joined && !joinedVerified ? (
          <span class="date-soft" title={i18n.t('dateUnverified')}>
            {' '}
            ?
          </span>
        ) : null}
      </span>
      {left ? (
        <>
          {' · '}
          <span class="date-phrase">
            {i18n.t(dateKey('left', left), { date: i18n.date(left) })}
          </span>
        </>
      ) : null}
    </span>
  );
}
