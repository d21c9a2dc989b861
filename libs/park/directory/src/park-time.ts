/**
 * The zone of every hub and space (an IANA name). The park is one place in Seoul, so it is a
 * constant rather than a column: opening hours, calendar days ("today" for a date check), booking
 * weeks and utilisation are all reckoned in it. A hub elsewhere would make it a column of hubs.
 */
export const PARK_TIME_ZONE = 'Asia/Seoul';

export const TIME_ZONE_DESCRIPTION =
  'Its time zone, an IANA name (Asia/Seoul for every hub today). Opening hours, calendar days ' +
  'and "today" in date checks (a partnership may not start before today) are reckoned in it.';
