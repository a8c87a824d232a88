/**
 * Works around a fontkit bug that breaks Khmer: OpenType lets a mark-attachment table leave a base's
 * anchor empty (NULL) for a mark class, meaning "this subtable does not apply". fontkit dereferences
 * it and throws "Cannot read properties of null (reading 'xCoordinate')" on common Khmer words
 * (e.g. ស្ត្រី with Noto Sans Khmer). HarfBuzz treats a NULL anchor as "not applied, try the next
 * subtable"; we make fontkit do the same by patching its GPOS processor, reached through a font
 * instance because fontkit does not export the class (and may be loaded as CJS and as ESM).
 * Mark-to-ligature records with fewer components than the ligature's code points fail the same
 * way and get the same treatment.
 */

interface GposProcessorLike {
  applyAnchor(markRecord: unknown, baseAnchor: unknown, baseGlyphIndex: number): void;
  applyLookup(lookupType: number, table: unknown): boolean;
}

interface FontkitFontLike {
  _layoutEngine?: { engine?: { GPOSProcessor?: GposProcessorLike | null } };
}

const PATCHED = Symbol.for('bridgeway.fontkitNullAnchorPatch');
const NULL_ANCHOR = Symbol('null anchor');
const MARK_LOOKUPS = new Set([4, 5, 6]);

/** Patches the GPOS processor class behind `font` (idempotent; a no-op for fonts without GPOS). */
export function patchNullAnchors(font: unknown): void {
  const processor = (font as FontkitFontLike)._layoutEngine?.engine?.GPOSProcessor;
  if (!processor) return;
  const prototype = Object.getPrototypeOf(processor) as GposProcessorLike & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  const applyAnchor = prototype.applyAnchor;
  const applyLookup = prototype.applyLookup;
  prototype.applyAnchor = function patchedApplyAnchor(this: GposProcessorLike, markRecord, baseAnchor, baseGlyphIndex) {
    const markAnchor = (markRecord as { markAnchor?: unknown } | null)?.markAnchor;
    if (baseAnchor == null || markAnchor == null) throw NULL_ANCHOR;
    applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
  };
  prototype.applyLookup = function patchedApplyLookup(this: GposProcessorLike, lookupType, table) {
    try {
      return applyLookup.call(this, lookupType, table);
    } catch (error) {
      if (error === NULL_ANCHOR) return false;
      // Mark-to-base/ligature/mark lookups only read tables before positioning; a record missing
      // from them (e.g. a ligature with fewer anchor components than code points) means "not applied".
      if (error instanceof TypeError && MARK_LOOKUPS.has(lookupType)) return false;
      throw error;
    }
  };
  prototype[PATCHED] = true;
}
