/** A small seeded pseudo-random generator (mulberry32), so the demo content is reproducible. */
export interface Random {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A non-empty random subset, in the original order. */
  subset<T>(items: readonly T[], keepProbability: number): T[];
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)]!,
    chance: (p) => next() < p,
    subset: (items, p) => {
      const kept = items.filter(() => next() < p);
      return kept.length > 0 ? kept : [items[int(items.length)]!];
    },
  };
}
