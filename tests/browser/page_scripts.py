"""JavaScript shared by the browser tests."""

# Resolves once the page's finite animations have ended, or after limitMs, so
# a test measures what stays on screen (the theme fades its header title and
# skip link in and out).
SETTLE_ANIMATIONS = """async (limitMs) => {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const finite = document.getAnimations().filter(
    (a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity);
  await Promise.race([
    Promise.all(finite.map((a) => a.finished.catch(() => null))),
    new Promise((done) => setTimeout(done, limitMs)),
  ]);
}"""
