/**
 * Classic sepia weights, each row scaled so white prints as warm paper (1, 0.9, 0.72) instead of clipping
 * to yellow: borders and highlights keep the colour of an old print.
 */
const SEPIA = [
  [0.393, 0.769, 0.189],
  [0.349, 0.686, 0.168],
  [0.272, 0.534, 0.131],
].map((row, r) => {
  const paper = [1, 0.9, 0.72][r]!;
  const sum = row.reduce((a, b) => a + b, 0);
  return row.map((v) => (v * paper) / sum);
});

/** Sepia blended with the original colours: amount 1 is a full sepia print, 0 leaves the colours alone. */
export function sepiaTone(amount: number): number[][] {
  const a = Math.min(1, Math.max(0, amount));
  return SEPIA.map((row, r) => row.map((v, c) => Number((v * a + (r === c ? 1 - a : 0)).toFixed(4))));
}
