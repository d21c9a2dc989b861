import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import { type Problem, problemOf } from '../../lib/api-errors';

export const CALENDAR_FEED = graphql(`
  query AccountCalendarFeed {
    me {
      id
      calendarFeedUrl
    }
  }
`);

export const RESET_CALENDAR_FEED = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed
  }
`);

type Said = 'copied' | 'resetDone' | null;

/** The account's "Calendar" section: the personal feed's secret URL, to copy or to reset. */
export function CalendarFeedPanel() {
  const { t } = useTranslation();
  const { data } = useQuery(CALENDAR_FEED);
  const me = data?.me;
  const [said, setSaid] = useState<Said>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  // The answer is the new URL: written onto the cached User, so the field shows it at once.
  const [reset, { loading }] = useMutation(RESET_CALENDAR_FEED, {
    update(cache, { data: answer }) {
      if (!me || !answer) return;
      cache.modify({
        id: cache.identify({ __typename: 'User', id: me.id }),
        fields: { calendarFeedUrl: () => answer.resetCalendarFeed },
      });
    },
  });
  if (!me?.calendarFeedUrl) return null;
  const url = me.calendarFeedUrl;

  const copy = async () => {
    setProblem(null);
    try {
      await navigator.clipboard.writeText(url);
      setSaid('copied');
    } catch {
      // No clipboard (an insecure origin, a refusal): the field stays selected to copy by hand.
      document.getElementById('calendar-feed-url')?.focus();
    }
  };
  const onReset = async () => {
    if (!window.confirm(t('calendarFeed.resetConfirm'))) return;
    setSaid(null);
    setProblem(null);
    try {
      await reset();
      setSaid('resetDone');
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return (
    <section aria-labelledby="account-calendar-title" className="panel">
      <h2 id="account-calendar-title">{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      <ProblemNotice problem={problem} />
      {said ? (
        <p className="notice notice-ok" role="status">
          {t(`calendarFeed.${said}`)}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="calendar-feed-url">{t('calendarFeed.urlLabel')}</label>
        <input
          id="calendar-feed-url"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={copy}>
          {t('calendarFeed.copy')}
        </button>
        <button type="button" onClick={onReset} disabled={loading}>
          {t('calendarFeed.reset')}
        </button>
      </div>
    </section>
  );
}
