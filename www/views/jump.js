// On a phone the summary sits below the text box, out of sight after a paste. A jump link
// pinned to the bottom of the screen ("Summary · 5 sentences ↓") shows while the summary is
// out of view; it moves focus to the summary's heading. In the two-column layout the
// summary is always beside the text, and the link never shows.
const $ = (id) => document.getElementById(id);
let count = null;
let summaryInView = true;

export function wireJump() {
  const jump = $('jump');
  jump.addEventListener('click', (event) => {
    event.preventDefault();
    const heading = $('summary-heading');
    heading.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    heading.focus({ preventScroll: true });
  });
  if ('IntersectionObserver' in window) {
    // "In view" = the list reaches the upper three quarters of the screen.
    new IntersectionObserver((entries) => {
      summaryInView = entries.some((e) => e.isIntersecting);
      show();
    }, { rootMargin: '0px 0px -25% 0px' }).observe($('summary'));
  }
}

/** The number of summary sentences on screen (null: none). */
export function updateJump(sentences) {
  count = sentences;
  $('jump-count').textContent = count ? `· ${count} sentence${count === 1 ? "" : "s"}` : '';
  show();
}

function show() {
  $('jump').hidden = !count || summaryInView;
}
