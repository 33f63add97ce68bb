// A small loss chart on a 2D canvas: each step's loss as a dot, a running mean as a line, y axis
// from the data's range, x axis in steps. No charting library: about a hundred lines do it.

export class LossChart {
  private readonly losses: number[] = [];
  private readonly means: number[] = [];
  private mean = Number.NaN;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /** Adds one step's loss; draw() shows it. */
  push(loss: number): void {
    this.losses.push(loss);
    this.mean = Number.isNaN(this.mean) ? loss : 0.9 * this.mean + 0.1 * loss;
    this.means.push(this.mean);
  }

  get values(): readonly number[] {
    return this.losses;
  }

  draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const { width: w, height: h } = this.canvas;
    const pad = { l: 48, r: 12, t: 10, b: 28 };
    ctx.clearRect(0, 0, w, h);
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = '#6b7280';
    ctx.strokeStyle = '#e5e7eb';
    const n = this.losses.length;
    const finite = this.losses.filter(Number.isFinite);
    const lo = finite.length ? Math.min(...finite) : 0;
    const hi = finite.length ? Math.max(...finite) : 1;
    // Round ticks: the smallest step that needs at most 5 intervals over the data's range.
    const tick = [0.1, 0.2, 0.25, 0.5, 1, 2].find((s) => Math.ceil(hi / s) - Math.floor(lo / s) <= 5) ?? 10 ** Math.ceil(Math.log10((hi - lo) / 4));
    const y0 = Math.max(0, Math.floor(lo / tick) * tick);
    const y1 = Math.max(y0 + tick, Math.ceil(hi / tick) * tick);
    const xMax = Math.max(10, n);
    const X = (i: number): number => pad.l + ((w - pad.l - pad.r) * i) / xMax;
    const Y = (v: number): number => pad.t + ((h - pad.t - pad.b) * (y1 - v)) / (y1 - y0);
    // Grid and labels.
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (let v = y0; v <= y1 + 1e-9; v += tick) {
      ctx.beginPath();
      ctx.moveTo(pad.l, Y(v));
      ctx.lineTo(w - pad.r, Y(v));
      ctx.stroke();
      ctx.fillText(v.toFixed(tick < 0.5 ? 2 : 1), pad.l - 6, Y(v));
    }
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (let k = 0; k <= 4; k++) {
      const i = Math.round((xMax * k) / 4);
      ctx.fillText(String(i), X(i), h - pad.b + 8);
    }
    if (n === 0) return;
    // Each step's loss.
    ctx.fillStyle = 'rgba(37, 99, 235, 0.25)';
    for (let i = 0; i < n; i++) if (Number.isFinite(this.losses[i])) ctx.fillRect(X(i + 1) - 1, Y(this.losses[i]) - 1, 2, 2);
    // The running mean.
    ctx.strokeStyle = '#2563eb';
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (let i = 0; i < n; i++) (i === 0 ? ctx.moveTo : ctx.lineTo).call(ctx, X(i + 1), Y(this.means[i]));
    ctx.stroke();
    ctx.lineWidth = 1;
  }
}
