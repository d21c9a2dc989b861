import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/park-time';

// A stakeholder's webhooks, for its owners and admins (docs/webhooks.md): loaded when opened,
// so the profile's first view stays one request.
const WEBHOOKS = graphql(`
  query StakeholderWebhooks($stakeholderId: ID!) {
    webhookEventTypes
    webhooks(stakeholderId: $stakeholderId) {
      id
      url
      events
      description
      enabled
      failingSince
    }
  }
`);
const CREATE = graphql(`
  mutation CreateStakeholderWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
        url
        events
        description
        enabled
        failingSince
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query WebhookDeliveryList($webhookId: ID!) {
    webhookDeliveries(webhookId: $webhookId, first: 10) {
      edges {
        node {
          id
          eventType
          status
          createdAt
          attempts {
            id
            statusCode
            error
          }
        }
      }
    }
  }
`);

export function StakeholderWebhooks({ stakeholderId }: { stakeholderId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="webhooks-title" className="panel">
      <h2 id="webhooks-title">{t('directory.webhooks.title')}</h2>
      {open ? (
        <WebhookList stakeholderId={stakeholderId} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('directory.webhooks.open')}
        </button>
      )}
    </section>
  );
}

function WebhookList({ stakeholderId }: { stakeholderId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(WEBHOOKS, { variables: { stakeholderId } });
  const [create, { loading: creating }] = useMutation(CREATE);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  if (error) return <ProblemNotice problem={problemOf(error)} />;
  if (!data) return <p className="muted">{t('directory.webhooks.loading')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const result = await create({ variables: { input: { stakeholderId, url, events } } });
      setSecret(result.data?.createWebhook.secret ?? null);
      setUrl('');
      setEvents([]);
      await refetch();
    } catch (failure) {
      setProblem(problemOf(failure));
    }
  };
  const toggle = (type: string) =>
    setEvents((chosen) =>
      chosen.includes(type) ? chosen.filter((one) => one !== type) : [...chosen, type],
    );

  return (
    <>
      {data.webhooks.length === 0 ? (
        <p className="muted">{t('directory.webhooks.none')}</p>
      ) : (
        <ul className="rows">
          {data.webhooks.map((webhook) => (
            <li key={webhook.id}>
              <code>{webhook.url}</code>
              <span className={`status status-${webhook.enabled ? 'approved' : 'suspended'}`}>
                {t(webhook.enabled ? 'directory.webhooks.enabled' : 'directory.webhooks.disabled')}
              </span>
              <span className="muted">{webhook.events.join(', ')}</span>
              <Deliveries webhookId={webhook.id} />
            </li>
          ))}
        </ul>
      )}
      {secret ? (
        <div className="notice" role="status">
          <p>{t('directory.webhooks.secretOnce')}</p>
          <code>{secret}</code>
        </div>
      ) : null}
      <form onSubmit={submit} aria-label={t('directory.webhooks.create')}>
        <TextField
          label={t('directory.webhooks.url')}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          type="url"
          required
        />
        <fieldset>
          <legend>{t('directory.webhooks.events')}</legend>
          {data.webhookEventTypes.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={() => toggle(type)}
              />{' '}
              <code>{type}</code>
            </label>
          ))}
        </fieldset>
        <ProblemNotice problem={problem} />
        <button type="submit" disabled={creating}>
          {t('directory.webhooks.create')}
        </button>
      </form>
    </>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(DELIVERIES, { variables: { webhookId }, skip: !open });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('directory.webhooks.deliveries')}
      </button>
    );
  }
  const deliveries = data?.webhookDeliveries.edges.map((edge) => edge.node) ?? [];
  return (
    <ul className="rows" aria-label={t('directory.webhooks.deliveries')}>
      {deliveries.length === 0 ? (
        <li className="muted">{t('directory.webhooks.noDeliveries')}</li>
      ) : null}
      {deliveries.map((delivery) => {
        const last = delivery.attempts.at(-1);
        return (
          <li key={delivery.id}>
            <code>{delivery.eventType}</code>
            <span>{t(`directory.webhooks.status.${delivery.status}`)}</span>
            <span className="muted">
              {formatDateTime(delivery.createdAt, currentLanguage())}
              {last ? ` · ${last.statusCode ?? last.error ?? ''}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
