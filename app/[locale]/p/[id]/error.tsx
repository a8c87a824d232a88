'use client';

export { PlanError as default } from '@/components/itinerary/plan-error';
