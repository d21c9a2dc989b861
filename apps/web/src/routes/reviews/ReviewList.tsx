import { useTranslation } from 'react-i18next';
import type { ReviewCardFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/park-time';

/** Reviews as the API hands them to the viewer (a member: their own until staff decide). */
export function ReviewList({
  reviews,
  viewerId,
}: {
  reviews: ReviewCardFragment[];
  viewerId?: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ul className="review-cards">
      {reviews.map((review) => (
        <li key={review.id}>
          <p>
            <strong>
              {review.reviewer.id === viewerId
                ? t('staffCommittees.review.yours')
                : review.reviewer.displayName}
            </strong>{' '}
            · {t('staffCommittees.review.score')} {review.score}/5 ·{' '}
            {t(`staffCommittees.review.recommend.${review.recommendation}`)}
          </p>
          <p className="review-comment">{review.comment}</p>
          <p className="hint">
            {t('staffCommittees.review.submitted', {
              time: formatDateTime(review.submittedAt, language),
              round: review.round,
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
