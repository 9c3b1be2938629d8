// Added to every page the benchmarks open, before the page's own scripts: it notes in window.__bench, in
// milliseconds since the navigation started (performance.now()), when the chart's items have been painted.
// Checked once per animation frame: the chart (our <br-timeline>, or the plain page's #chart) holds items, no window
// move waits to be reported, and at least one .vis-item has a size and lies in the time axis' panel. Such a frame's
// layout is then painted; the next frame starts after that paint, and its time is the figure ("painted").
(() => {
  const marks = {};
  window.__bench = marks;
  const now = () => performance.now();
  function ready() {
    const ours = document.querySelector('br-timeline');
    const root = ours || document.getElementById('chart');
    if (!root) return false;
    if (marks.element === undefined) marks.element = now();
    if (ours && !(ours.itemCount > 0)) return false;
    if (marks.items === undefined) marks.items = now();
    if (ours && ours.rangePending) return false;
    const center = root.querySelector('.vis-panel.vis-center');
    if (!center) return false;
    const axis = center.getBoundingClientRect();
    for (const item of root.querySelectorAll('.vis-item')) {
      const box = item.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.right > axis.left && box.left < axis.right) return true;
    }
    return false;
  }
  function frame() {
    if (!ready()) {
      requestAnimationFrame(frame);
      return;
    }
    marks.laidOut = now();
    requestAnimationFrame(() => {
      marks.painted = now();
      marks.drawn = document.querySelectorAll('.vis-item').length;
    });
  }
  requestAnimationFrame(frame);
})();
