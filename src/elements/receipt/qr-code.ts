import { html, type TemplateResult } from 'lit';

/** Modules of white round the code, as the QR standard asks. */
const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, quiet zone included. */
  size: number;
  /** One path of unit squares, one run of dark modules after another. */
  path: string;
}

/**
 * The QR code of a text as an SVG path. lean-qr (about 2 kB) is fetched on first use, so the
 * receipt's first paint does not wait for it.
 */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  const { generate, correction } = await import('lean-qr/nano');
  const code = generate(text, { minCorrectionLevel: correction.M });
  let path = '';
  for (let y = 0; y < code.size; y++) {
    let runStart = -1;
    for (let x = 0; x <= code.size; x++) {
      const dark = x < code.size && code.get(x, y);
      if (dark && runStart < 0) runStart = x;
      if (!dark && runStart >= 0) {
        path += `M${runStart + QUIET_ZONE} ${y + QUIET_ZONE}h${x - runStart}v1h${runStart - x}z`;
        runStart = -1;
      }
    }
  }
  return { size: code.size + QUIET_ZONE * 2, path };
}

/** The code as inline SVG from a Lit template: no markup from strings, only a computed path. */
export function renderQr(matrix: QrMatrix, label: string): TemplateResult {
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${matrix.size} ${matrix.size}"
    shape-rendering="crispEdges"
  >
    <rect width=${matrix.size} height=${matrix.size} fill="#fff"></rect>
    <path d=${matrix.path} fill="#000"></path>
  </svg>`;
}
