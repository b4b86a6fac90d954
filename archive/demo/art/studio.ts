import { portraitSvg, PORTRAIT_SIZE, type PortraitSpec } from './portrait';
import { radial, svgDoc } from './svg';

const M = 70;

/**
 * An old studio print (toned sepia by the renderer): the portrait inside an oval, on a cream card, as veterans' portraits were
 * taken in the 1950s. The portrait is nested as its own <svg> so its ids cannot clash with the card's.
 */
export function studioPrintSvg(spec: PortraitSpec): string {
  const { width: W, height: H } = PORTRAIT_SIZE;
  const inner = portraitSvg({ ...spec, era: 'sepia' }).replace(
    `width="${W}" height="${H}"`,
    `x="${M}" y="${M}" width="${W - 2 * M}" height="${H - 2 * M}" preserveAspectRatio="xMidYMid slice"`,
  );
  const defs =
    `<clipPath id="studio-oval"><ellipse cx="${W / 2}" cy="${H / 2 - 20}" rx="${W / 2 - M - 30}" ry="${H / 2 - M - 40}"/></clipPath>` +
    radial('studio-fade', [[0.72, '#efe6d2', 0], [1, '#efe6d2', 1]], 0.5, 0.48, 0.52);
  return svgDoc(
    W,
    H,
    defs,
    `<rect width="${W}" height="${H}" fill="#efe6d2"/><g clip-path="url(#studio-oval)">${inner}</g>` +
      `<rect x="${M}" y="${M}" width="${W - 2 * M}" height="${H - 2 * M}" fill="url(#studio-fade)"/>` +
      `<rect x="${M - 20}" y="${M - 20}" width="${W - 2 * M + 40}" height="${H - 2 * M + 40}" fill="none" stroke="#c9b994" stroke-width="3"/>`,
  );
}
