/** What each pace means in minutes: the day's window, meal lengths and the slack kept between stops. */
import type { Pace } from './request';

export interface PaceSettings {
  dayStart: number;
  dayEnd: number;
  /**
   * How late a day may end when it keeps an evening or night outing (a show, a night market): such
   * places are the point of staying out. Every other day, and every other visit, keeps to dayEnd.
   */
  eveningEnd: number;
  /** Most visits in one day; more feels like a race at this pace. */
  maxVisits: number;
  /** Slack added to every visit (toilets, photos, getting lost), so days are not timed to the minute. */
  bufferMinutes: number;
  breakfastMinutes: number;
  lunchMinutes: number;
  dinnerMinutes: number;
}

export const PACE: Record<Pace, PaceSettings> = {
  relaxed: { dayStart: 9 * 60 + 30, dayEnd: 20 * 60, eveningEnd: 21 * 60 + 30, maxVisits: 4, bufferMinutes: 20, breakfastMinutes: 45, lunchMinutes: 75, dinnerMinutes: 90 },
  balanced: { dayStart: 8 * 60 + 30, dayEnd: 21 * 60, eveningEnd: 22 * 60 + 30, maxVisits: 6, bufferMinutes: 10, breakfastMinutes: 30, lunchMinutes: 60, dinnerMinutes: 75 },
  packed: { dayStart: 7 * 60 + 30, dayEnd: 22 * 60 + 30, eveningEnd: 23 * 60 + 30, maxVisits: 9, bufferMinutes: 5, breakfastMinutes: 30, lunchMinutes: 45, dinnerMinutes: 60 },
};

/** Meal service may start within these windows (minutes after midnight). */
export const LUNCH_WINDOW = { open: 11 * 60 + 30, close: 13 * 60 + 30 };
export const DINNER_WINDOW = { open: 18 * 60, close: 20 * 60 };
/**
 * Breakfast is eaten from 06:30 (hotel breakfast rooms and market stalls open) and, on a day that
 * first goes out for the sunrise, may wait until this long after the usual start of the day.
 */
export const BREAKFAST_OPEN = 6 * 60 + 30;
export const BREAKFAST_AFTER_SUNRISE_MINUTES = 60;

/** A sunrise visit starts at most this long before sunrise (to find a spot); sun-visit.ts says how long it stays. */
export const SUNRISE_LEAD_MINUTES = 40;
