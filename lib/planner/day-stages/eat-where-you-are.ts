/** Meals that go with the traveller: each is eaten near the stop before it, wherever that ends up. */
import type { DestinationNodes } from './build-nodes';

/** The anchors with each meal of `moving` eaten near the stop before it (the stay, if it comes first). */
export function eatWhereYouAre(graph: DestinationNodes, sequences: readonly (readonly number[])[], moving: ReadonlySet<number>, anchor: Int32Array): Int32Array {
  const moved = Int32Array.from(anchor);
  for (const sequence of sequences) {
    let previous = sequence[0] as number;
    for (const node of sequence) {
      // A meal that stays put (near the stay) is where the traveller is after it, as in the reducer.
      if (moving.has(node)) moved[node] = previous;
      else previous = node < graph.firstMeal ? node : (moved[node] as number);
    }
  }
  return moved;
}
