import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Phaser ships one prebuilt ESM bundle with no tree-shaking: keep it in its own chunk so our code's
// size can be measured apart and cached apart (pitfall 3: the function form, not the object form).
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // Three pages: the game, the facilitator's view, and a device check that replays the golden games.
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        facilitator: resolve(import.meta.dirname, 'facilitator.html'),
        check: resolve(import.meta.dirname, 'check.html'),
      },
      // The sim's modules do nothing on import but define things (zod schemas among them). Saying so lets
      // the bundler leave zod out of the game page's first load when only the codec chunk uses it.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]sim[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
