import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/csp';

/**
 * Writes the Content-Security-Policy into every built page. Not in development: Vite's dev server injects
 * styles as inline <style> elements, which the policy refuses.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Phaser ships one prebuilt ESM bundle with no tree-shaking: keep it in its own chunk so our code's
// size can be measured apart and cached apart (pitfall 3: the function form, not the object form).
export default defineConfig(({ mode }) => {
  // `npm run build:scorm` builds the game page alone for a learning platform (tools/build-scorm.ts): no
  // service worker there, the platform serves the files.
  const scorm = mode === 'scorm';
  return {
    // Relative: the site works from any sub-path, a school intranet folder or a USB stick (docs/hosting.md).
    base: './',
    plugins: [
      contentSecurityPolicy(),
      // Installable and offline after the first visit (pitfall 12: generateSW, and 'prompt' so that an
      // update waits until the team is on the title screen; src/ui/update-offer.ts offers it there).
      VitePWA({
        disable: scorm,
        strategies: 'generateSW',
        registerType: 'prompt',
        injectRegister: false,
        manifest: {
          name: 'Social Journey',
          short_name: 'Social Journey',
          description:
            "A serious game about a brand's social-media journey, for workshops and classrooms. Works offline.",
          lang: 'en',
          start_url: './index.html',
          scope: './',
          display: 'standalone',
          background_color: '#14182b',
          theme_color: '#14182b',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
            { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          ],
        },
        workbox: {
          // Every page and every chunk, Phaser included (it is over workbox's 2 MiB default limit).
          globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          // facilitator.html?codes=… and check.html?lang=fr are the same cached pages.
          ignoreURLParametersMatching: [/.*/],
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
        },
      }),
    ],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        // Three pages: the game, the facilitator's view, and a device check that replays the golden games.
        input: scorm
          ? ({ main: resolve(import.meta.dirname, 'index.html') } as Record<string, string>)
          : {
              main: resolve(import.meta.dirname, 'index.html'),
              facilitator: resolve(import.meta.dirname, 'facilitator.html'),
              check: resolve(import.meta.dirname, 'check.html'),
            },
        // The sim's modules do nothing on import but define things (zod schemas among them). Saying so lets
        // the bundler leave zod out of the game page's first load when only the codec chunk uses it.
        // Except src/sim/zod.ts, whose one effect (zod set jitless, for the Content-Security-Policy) is its job.
        treeshake: {
          moduleSideEffects: [{ test: /[\\/]src[\\/]sim[\\/](?!zod\.ts$)/, sideEffects: false }],
        },
        output: {
          codeSplitting: {
            groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
          },
        },
      },
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
