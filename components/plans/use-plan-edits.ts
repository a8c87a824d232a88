'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { useState } from 'react';
import { ApiError } from '@/lib/http/api-client';
import type { PlanEdit } from '@/lib/plans/edits';
import { plansApi } from './plans-api-client';
import type { SavedPlanJson } from './plan-types';

type WithoutBase<T> = T extends unknown ? Omit<T, 'baseRevision'> : never;
/** An edit as a control sends it; the revision it is based on is added here. */
export type EditBody = WithoutBase<PlanEdit>;

/** A save to run: an edit, or restoring an old revision. `key` names the control that shows its error. */
export type EditAction = { key: string; edit: EditBody } | { key: string; restore: number };

export const revisionsKey = (planId: string) => ['plan-revisions', planId] as const;

/**
 * Saves edits with TanStack Query. Every save names the revision it was made on; a 409 opens the
 * conflict state (reload), any other refusal is kept per control, and a success hands the new plan on.
 */
export function usePlanEdits(planId: string, baseRevision: number, onSaved: (plan: SavedPlanJson) => void) {
  const queryClient = useQueryClient();
  const locale = useLocale();
  const [conflict, setConflict] = useState<{ revision: number | undefined } | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);

  const mutation = useMutation({
    mutationFn: (action: EditAction) =>
      'restore' in action ? plansApi.restore(planId, action.restore, baseRevision, locale) : plansApi.edit(planId, { ...action.edit, baseRevision } as PlanEdit, locale),
    onMutate: () => setError(null),
    onSuccess: (plan) => {
      onSaved(plan);
      void queryClient.invalidateQueries({ queryKey: revisionsKey(planId) });
    },
    onError: (failure, action) => {
      if (failure instanceof ApiError && failure.status === 409) {
        setConflict({ revision: failure.currentRevision });
        return;
      }
      const message = failure instanceof ApiError ? [failure.message, ...failure.problems.map((p) => p.reason).filter((r) => !failure.message.includes(r))].join(' ') : String(failure);
      setError({ key: action.key, message });
    },
  });

  return {
    run: (action: EditAction) => mutation.mutate(action),
    pendingKey: mutation.isPending ? mutation.variables?.key : undefined,
    busy: mutation.isPending,
    errorFor: (key: string) => (error?.key === key ? error.message : undefined),
    conflict,
    dismissConflict: () => setConflict(null),
  };
}

export type PlanEdits = ReturnType<typeof usePlanEdits>;
