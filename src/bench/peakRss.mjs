// Preloaded into a benchmarked process (`node --import ./src/bench/peakRss.mjs …`): at exit it
// writes the process's peak resident set size to stderr as `fz-bench peak-rss-kb=N`, which the
// benchmark reads back. Nothing else changes in the process.
process.on('exit', () => {
  process.stderr.write(`\nfz-bench peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
