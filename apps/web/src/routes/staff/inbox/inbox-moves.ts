import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import type { WorkflowMove } from '../../../components/WorkflowMoves';
import {
  APPROVE_BOOKING,
  APPROVE_MEMBERSHIP,
  APPROVE_PARTNERSHIP,
  DECIDE_PROJECT,
  REJECT_BOOKING,
  REJECT_MEMBERSHIP,
  REJECT_PARTNERSHIP,
  START_MEMBERSHIP_REVIEW,
  TALLY_ROUND,
} from './inbox-documents';
import { leaveInbox, WAITING, type Queue } from './inbox-cache';

/** A queue's moves as WorkflowMoves offers them (labels are filled in by the screen). */
export const MOVES: Record<Queue, Omit<WorkflowMove<string>, 'label'>[]> = {
  applications: [
    { action: 'START_REVIEW', tone: 'primary' },
    { action: 'APPROVE', asks: 'note', tone: 'primary' },
    { action: 'REJECT', asks: 'reason', tone: 'danger' },
  ],
  bookings: [
    { action: 'APPROVE', tone: 'primary' },
    { action: 'REJECT', asks: 'reason', tone: 'danger' },
  ],
  partnerships: [
    { action: 'APPROVE', asks: 'note', tone: 'primary' },
    { action: 'REJECT', asks: 'reason', tone: 'danger' },
  ],
  projects: [
    { action: 'APPROVE', asks: 'note', tone: 'primary' },
    // The team is told what to change: the API requires the note.
    { action: 'REQUEST_CHANGES', asks: 'reason' },
    { action: 'REJECT', asks: 'note', tone: 'danger' },
  ],
  budgetRounds: [{ action: 'TALLY', tone: 'primary' }],
};

export interface InboxTarget {
  queue: Queue;
  id: string;
  typename: string;
  hubId: string;
}

/** Each answer is the item again: when its new state no longer waits, it leaves the inbox. */
function settle(target: InboxTarget) {
  return (cache: ApolloCache, status: string | undefined) => {
    if (status && !WAITING[target.queue].includes(status)) {
      leaveInbox(cache, target.queue, { __typename: target.typename, id: target.id }, target.hubId);
    }
  };
}

/** Runs one move on one inbox item; resolves with the item's new status. */
export function useInboxMove() {
  const client = useApolloClient();
  return useCallback(
    async (target: InboxTarget, action: string, text: string | undefined): Promise<string> => {
      const done = settle(target);
      const { id } = target;
      const run = async <T>(
        promise: Promise<{ data?: T | null }>,
        statusOf: (data: T) => string,
      ) => {
        const { data } = await promise;
        return data ? statusOf(data) : '';
      };
      switch (`${target.queue}:${action}`) {
        case 'applications:START_REVIEW':
          return run(
            client.mutate({
              mutation: START_MEMBERSHIP_REVIEW,
              variables: { id },
              update: (cache, { data }) => done(cache, data?.startMembershipReview.status),
            }),
            (data) => data.startMembershipReview.status,
          );
        case 'applications:APPROVE':
          return run(
            client.mutate({
              mutation: APPROVE_MEMBERSHIP,
              variables: { id, note: text },
              update: (cache, { data }) => done(cache, data?.approveMembership.status),
            }),
            (data) => data.approveMembership.status,
          );
        case 'applications:REJECT':
          return run(
            client.mutate({
              mutation: REJECT_MEMBERSHIP,
              variables: { id, reason: text ?? '' },
              update: (cache, { data }) => done(cache, data?.rejectMembership.status),
            }),
            (data) => data.rejectMembership.status,
          );
        case 'bookings:APPROVE':
          return run(
            client.mutate({
              mutation: APPROVE_BOOKING,
              variables: { id },
              update: (cache, { data }) => done(cache, data?.approveBooking.status),
            }),
            (data) => data.approveBooking.status,
          );
        case 'bookings:REJECT':
          return run(
            client.mutate({
              mutation: REJECT_BOOKING,
              variables: { id, reason: text ?? '' },
              update: (cache, { data }) => done(cache, data?.rejectBooking.status),
            }),
            (data) => data.rejectBooking.status,
          );
        case 'partnerships:APPROVE':
          return run(
            client.mutate({
              mutation: APPROVE_PARTNERSHIP,
              variables: { id, note: text },
              update: (cache, { data }) => done(cache, data?.approvePartnership.status),
            }),
            (data) => data.approvePartnership.status,
          );
        case 'partnerships:REJECT':
          return run(
            client.mutate({
              mutation: REJECT_PARTNERSHIP,
              variables: { id, reason: text ?? '' },
              update: (cache, { data }) => done(cache, data?.rejectPartnership.status),
            }),
            (data) => data.rejectPartnership.status,
          );
        case 'projects:APPROVE':
        case 'projects:REJECT':
        case 'projects:REQUEST_CHANGES':
          return run(
            client.mutate({
              mutation: DECIDE_PROJECT,
              variables: {
                projectId: id,
                decision: action as 'APPROVE' | 'REJECT' | 'REQUEST_CHANGES',
                note: text,
              },
              update: (cache, { data }) => done(cache, data?.decideProject.status),
            }),
            (data) => data.decideProject.status,
          );
        case 'budgetRounds:TALLY':
          return run(
            client.mutate({
              mutation: TALLY_ROUND,
              variables: { roundId: id },
              update: (cache, { data }) => done(cache, data?.tallyBudgetRound.status),
            }),
            (data) => data.tallyBudgetRound.status,
          );
        default:
          throw new Error(`No move ${action} in ${target.queue}`);
      }
    },
    [client],
  );
}
