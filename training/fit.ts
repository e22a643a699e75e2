/**
 * The fitting the trainer needs, small and deterministic: L2-regularized logistic regression by Newton's method
 * (iteratively reweighted least squares, solved with a Cholesky factorization) and ridge regression, both on
 * standardized features, plus page-grouped fold assignment.
 */

export interface Standardizer {
  mean: number[];
  scale: number[];
}

export function standardizer(X: readonly Float64Array[]): Standardizer {
  const d = X[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of X) for (let j = 0; j < d; j++) mean[j]! += x[j]! / X.length;
  for (const x of X) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / X.length;
  // A constant feature keeps scale 1 (its weight will be 0 under the penalty).
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  return { mean, scale };
}

export function standardize(x: ArrayLike<number>, s: Standardizer): Float64Array {
  const z = new Float64Array(s.mean.length);
  for (let j = 0; j < z.length; j++) z[j] = (x[j]! - s.mean[j]!) / s.scale[j]!;
  return z;
}

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
function solveSpd(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const L = A.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      if (i === j) L[i]![i] = Math.sqrt(Math.max(s, 1e-12));
      else L[i]![j] = s / L[j]![j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i]![k]! * y[k]!;
    y[i] = s / L[i]![i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= L[k]![i]! * x[k]!;
    x[i] = s / L[i]![i]!;
  }
  return x;
}

export interface LinearModel {
  bias: number;
  /** Weights on standardized features. */
  weights: number[];
  standardizer: Standardizer;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function linear(m: LinearModel, x: ArrayLike<number>): number {
  let z = m.bias;
  for (let j = 0; j < m.weights.length; j++) z += m.weights[j]! * ((x[j]! - m.standardizer.mean[j]!) / m.standardizer.scale[j]!);
  return z;
}

export function probability(m: LinearModel, x: ArrayLike<number>): number {
  return sigmoid(linear(m, x));
}

/**
 * Logistic regression with an L2 penalty `lambda` on the weights (not the bias), by Newton's method. `sampleWeight`
 * lets the classes be balanced.
 */
export function fitLogistic(X: readonly Float64Array[], y: readonly number[], lambda: number, sampleWeight?: readonly number[]): LinearModel {
  const s = standardizer(X);
  const Z = X.map((x) => standardize(x, s));
  const d = s.mean.length + 1; // bias first
  let beta = new Float64Array(d);
  for (let iter = 0; iter < 50; iter++) {
    const H = Array.from({ length: d }, () => new Float64Array(d));
    const g = new Float64Array(d);
    for (let i = 0; i < Z.length; i++) {
      const z = Z[i]!;
      let eta = beta[0]!;
      for (let j = 1; j < d; j++) eta += beta[j]! * z[j - 1]!;
      const p = sigmoid(eta);
      const w = sampleWeight?.[i] ?? 1;
      const r = w * (p - y[i]!);
      const h = w * Math.max(p * (1 - p), 1e-9);
      g[0]! += r;
      for (let j = 1; j < d; j++) g[j]! += r * z[j - 1]!;
      for (let a = 0; a < d; a++) {
        const za = a === 0 ? 1 : z[a - 1]!;
        if (za === 0) continue;
        for (let b = 0; b <= a; b++) H[a]![b]! += h * za * (b === 0 ? 1 : z[b - 1]!);
      }
    }
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) H[b]![a] = H[a]![b]!;
    for (let j = 1; j < d; j++) {
      g[j]! += lambda * beta[j]!;
      H[j]![j]! += lambda;
    }
    H[0]![0]! += 1e-6;
    const step = solveSpd(H, g);
    let change = 0;
    const next = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      next[j] = beta[j]! - step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    beta = next;
    if (change < 1e-8) break;
  }
  return { bias: beta[0]!, weights: Array.from(beta.subarray(1)), standardizer: s };
}

/** Ridge regression (L2 on the weights, not the bias). */
export function fitRidge(X: readonly Float64Array[], y: readonly number[], lambda: number): LinearModel {
  const s = standardizer(X);
  const Z = X.map((x) => standardize(x, s));
  const d = s.mean.length + 1;
  const A = Array.from({ length: d }, () => new Float64Array(d));
  const b = new Float64Array(d);
  for (let i = 0; i < Z.length; i++) {
    const row = [1, ...Z[i]!];
    for (let a = 0; a < d; a++) {
      b[a]! += row[a]! * y[i]!;
      for (let c = 0; c < d; c++) A[a]![c]! += row[a]! * row[c]!;
    }
  }
  for (let j = 1; j < d; j++) A[j]![j]! += lambda;
  A[0]![0]! += 1e-9;
  const beta = solveSpd(A, b);
  return { bias: beta[0]!, weights: Array.from(beta.subarray(1)), standardizer: s };
}

/** FNV-1a of a string: page names go to folds by their hash, so the folds do not depend on file order. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Assigns each group (page) to one of k folds, balanced: groups sorted by hash, dealt round-robin. */
export function foldsOf(groups: readonly string[], k: number, seed = 0): Map<string, number> {
  // Seed 0 is the assignment the figures have always used; other seeds shuffle the pages into other folds.
  const key = (g: string) => fnv(seed === 0 ? g : `${seed}:${g}`);
  const sorted = [...new Set(groups)].sort((a, b) => key(a) - key(b) || a.localeCompare(b));
  return new Map(sorted.map((g, i) => [g, i % k]));
}
