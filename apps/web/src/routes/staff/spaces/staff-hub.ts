import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../../app/session';
import { graphql } from '../../../graphql/generated';
import { currentLanguage } from '../../../i18n/i18n';
import { isParkAdmin, staffHubs } from '../staff-access';

// The hub a staff screen shows is in the URL (?hub=slug), so a link or a reload keeps it. Each
// screen's one query asks for the hubs (for the picker) beside the chosen hub by slug. Without
// ?hub= hub staff get their first hub from the session; a park admin's first hub needs the list,
// fetched once, and the URL then names it.
export const STAFF_HUBS = graphql(`
  query StaffHubs {
    hubs {
      ...StaffHubChoice
    }
  }
`);

export const STAFF_HUB_CHOICE = graphql(`
  fragment StaffHubChoice on Hub {
    id
    slug
    name
    nameKo
  }
`);

export interface StaffHub {
  id: string;
  slug: string;
  label: string;
}

interface HubRow {
  id: string;
  slug: string;
  name: string;
  nameKo: string;
}

export function useStaffHub() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const language = currentLanguage();
  const asked = params.get('hub');
  const slug = asked ?? staffHubs(user)[0]?.slug ?? null;
  const list = useQuery(STAFF_HUBS, { skip: slug !== null });
  const first = list.data?.hubs[0]?.slug;
  useEffect(() => {
    if (slug === null && first) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('hub', first);
          return next;
        },
        { replace: true },
      );
    }
  }, [slug, first, setParams]);
  const mine = new Set(staffHubs(user).map((hub) => hub.id));
  /** The hubs the viewer may choose among, from the screen's query. */
  const choicesOf = (hubs: readonly HubRow[] | undefined): StaffHub[] =>
    (hubs ?? [])
      .filter((hub) => isParkAdmin(user) || mine.has(hub.id))
      .map((hub) => ({
        id: hub.id,
        slug: hub.slug,
        label: language === 'ko' ? hub.nameKo : hub.name,
      }));
  const chooseHub = (chosen: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('hub', chosen);
      return next;
    });
  return { slug, choicesOf, chooseHub, params, setParams };
}
