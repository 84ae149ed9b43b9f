import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base` is configurable so the studio (and MSW's worker script) can be served under a sub-path.
export default defineConfig({
  base: process.env.FZ_BASE ?? '/',
  plugins: [react()],
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 5000, sourcemap: false },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
