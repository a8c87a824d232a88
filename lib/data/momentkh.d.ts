/**
 * Types for the parts of `@thyrith/momentkh` (which ships none) that lib/data/khmer-lunar.ts uses;
 * the methods it adds to moment are declared there.
 */
declare module '@thyrith/momentkh' {
  import type moment from 'moment';
  /** Adds the Khmer calendar methods to a moment instance and returns it. */
  export default function momentkh(instance: typeof moment): typeof moment;
}

declare module '@thyrith/momentkh/getSoriyatraLerngSak' {
  /** New-year figures of a Jolak Sakaraj year; only the sotin list is typed. */
  export default function getSoriyatraLerngSak(jolakSakarajYear: number): {
    newYearsDaySotins: { angsar: number }[];
  };
}
