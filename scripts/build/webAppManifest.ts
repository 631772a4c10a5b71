import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { defaultLanguage } from '../../src/i18n/languages.ts';

/**
 * The web app manifest and its icons, made at build time (webAppManifestPlugin.ts): every icon is drawn from
 * one SVG (appIcon.svg) with resvg, the renderer the link-preview images use, and the colours are the
 * page's own background (src/styles/base.css), so the splash screen and title bar match the reading surface.
 */

export const manifestFile = 'manifest.webmanifest';

export interface AppIcon {
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

/** 192 and 512 px, as installers ask, and a maskable one for launchers that crop icons to their own shape. */
export const appIcons: readonly AppIcon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

export interface AppColours {
  light: string;
  dark: string;
}

/** The page background in light and dark, read from the one place that defines it. */
export function appColours(css: string): AppColours {
  const match = /--bg:\s*light-dark\((#[0-9a-f]{3,8}),\s*(#[0-9a-f]{3,8})\)/i.exec(css);
  if (!match?.[1] || !match[2]) throw new Error('base.css defines no `--bg: light-dark(…, …)`');
  return { light: match[1], dark: match[2] };
}

export const readAppColours = (root: string): AppColours => appColours(readFileSync(join(root, 'src/styles/base.css'), 'utf8'));

export const readAppIcon = (root: string): string => readFileSync(join(root, 'scripts/build/appIcon.svg'), 'utf8');

/** The <head> tags every page carries: the manifest and the title bar colour per colour scheme. */
export function manifestHeadTags(colours: AppColours): Array<{ tag: string; attrs: Record<string, string> }> {
  return [
    { tag: 'link', attrs: { rel: 'manifest', href: `/${manifestFile}` } },
    { tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: colours.light } },
    { tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: colours.dark } },
  ];
}

export function webAppManifest(names: { name: string; shortName: string; description: string }, colours: AppColours): object {
  return {
    id: '/',
    name: names.name,
    short_name: names.shortName,
    description: names.description,
    lang: defaultLanguage,
    // The front page sends the reader on to the newest article in their language, offline too.
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: colours.light,
    background_color: colours.light,
    // Manifests have one colour each; the dark pair is the incubating `user_preferences` member (browsers
    // that lack it keep the light one; the pages' theme-color meta tags follow the scheme everywhere).
    user_preferences: { color_scheme_dark: { theme_color: colours.dark, background_color: colours.dark } },
    icons: appIcons.map((icon) => ({ src: `/${icon.file}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}

/**
 * A maskable icon fills its square: launchers cut it to a circle or a squircle and keep only a centred circle
 * of 80% of the width for sure. So the icon's own background colour fills the square edge to edge and the
 * icon is drawn at 75% in the middle, where its drawing (the middle 62% of the icon) stays inside that circle.
 */
export function maskableSvg(svg: string): string {
  const root = /<svg\b[^>]*\bviewBox="0 0 (\d+) (\d+)"[^>]*>([\s\S]*)<\/svg>\s*$/.exec(svg);
  const background = /<rect\b[^>]*\bfill="(#[0-9a-f]{3,8})"/i.exec(svg)?.[1];
  if (!root?.[1] || !root[2] || root[3] === undefined || !background) throw new Error('appIcon.svg: expected a viewBox "0 0 w h" and a background <rect fill>');
  const [width, height, inner] = [Number(root[1]), Number(root[2]), root[3]];
  const scale = 0.75;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    `<g transform="translate(${(width * (1 - scale)) / 2} ${(height * (1 - scale)) / 2}) scale(${scale})">${inner}</g>`,
    '</svg>',
  ].join('');
}

/** The PNG of one icon, drawn from the SVG with no font (the icon has no text). */
export function renderIcon(svg: string, icon: AppIcon): Buffer {
  const source = icon.purpose === 'maskable' ? maskableSvg(svg) : svg;
  return new Resvg(source, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } }).render().asPng();
}
