// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { appColours, appIcons, maskableSvg, readAppColours, readAppIcon, renderIcon, webAppManifest } from '../../scripts/build/webAppManifest.ts';

const root = process.cwd();

describe('the web app manifest', () => {
  it('takes its colours from the page background in light and dark (base.css)', () => {
    expect(appColours(':root { --bg: light-dark(#fdfcf9, #141619); }')).toEqual({ light: '#fdfcf9', dark: '#141619' });
    expect(readAppColours(root)).toEqual(appColours(readFileSync('src/styles/base.css', 'utf8')));
    expect(() => appColours(':root { --bg: #fff; }')).toThrow(/light-dark/);
  });

  it('names an icon of 192 and 512 px and a maskable one, standalone, for the whole site', () => {
    const manifest = webAppManifest({ name: 'N', shortName: 'S', description: 'D' }, { light: '#fff', dark: '#000' });
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone', theme_color: '#fff', background_color: '#fff' });
    expect(manifest).toMatchObject({ user_preferences: { color_scheme_dark: { theme_color: '#000', background_color: '#000' } } });
    expect(appIcons.map((icon) => [icon.size, icon.purpose])).toEqual([[192, 'any'], [512, 'any'], [512, 'maskable']]);
  });
});

describe('the icons, from one SVG', () => {
  const svg = readAppIcon(root);

  it.each(appIcons)('$file is a PNG of $size px', (icon) => {
    const png = renderIcon(svg, icon);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([icon.size, icon.size]);
  });

  it('the maskable one fills its square with the icon background and draws the icon at 75%, inside the safe zone', () => {
    const maskable = maskableSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#123456"/><path d="M0 0"/></svg>');
    expect(maskable).toContain('<rect width="512" height="512" fill="#123456"/>');
    expect(maskable).toContain('<g transform="translate(64 64) scale(0.75)"><rect width="512" height="512" rx="96" fill="#123456"/><path d="M0 0"/></g>');
    expect(() => maskableSvg('<svg viewBox="0 0 10 10"></svg>')).toThrow(/background/);
  });

  it('the maskable one is opaque to its corners, where the plain icon is rounded off (transparent)', () => {
    const topLeftAlpha = (source: string): number | undefined => new Resvg(source, { fitTo: { mode: 'width', value: 64 } }).render().pixels[3];
    expect(topLeftAlpha(maskableSvg(svg))).toBe(255);
    expect(topLeftAlpha(svg)).toBe(0);
  });
});
