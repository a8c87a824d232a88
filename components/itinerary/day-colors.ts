/**
 * One colour per trip day for the timeline badges, the map pins and the day's route line. All give
 * white text at least 4.5:1 contrast (pins carry white numbers) and stay apart on the map's pale land.
 */
const DAY_COLORS = ['#0f6a96', '#a63f29', '#2b6b43', '#6a3f9c', '#8a5a00', '#9c3560', '#0b6676', '#3b4f99', '#4f5656', '#7a4a12'] as const;

/** The colour of a 1-based day number. */
export function dayColor(dayNumber: number): string {
  return DAY_COLORS[(dayNumber - 1) % DAY_COLORS.length] as string;
}
