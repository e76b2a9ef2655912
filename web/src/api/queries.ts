// Reference data several screens need (units, unit types, criteria sets), one cache each.
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { FrameworkSummary, Unit, UnitType } from './types';

export const unitKeys = {
  all: ['units'] as const,
  list: (type: string | undefined, active: string | undefined) => ['units', { type, active }] as const,
};

export function useUnitTypes() {
  return useQuery({ queryKey: ['unit-types'], queryFn: () => api.get<UnitType[]>('/unit-types'), staleTime: 10 * 60_000 });
}

export function useUnits(type?: string, active?: string) {
  return useQuery({
    queryKey: unitKeys.list(type, active),
    queryFn: () => api.get<Unit[]>('/units', { type, active }),
  });
}

export function useFrameworks(enabled = true) {
  return useQuery({
    queryKey: ['frameworks'],
    queryFn: () => api.get<FrameworkSummary[]>('/frameworks'),
    enabled,
    staleTime: 5 * 60_000,
  });
}
