// Connector between the Java component org.brtimeline.timeline.ui.VisTimeline and vis-timeline.
// All state lives on the element; the only global is the namespaced entry point Vaadin calls.
import { Timeline, DataSet } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

const DAY = 24 * 60 * 60 * 1000;

function text(content) {
  // Labels are user text: always DOM text nodes, never HTML.
  const span = document.createElement('span');
  span.textContent = content;
  return span;
}

function toVisItem(item) {
  const visItem = {
    id: item.id,
    start: item.start,
    type: item.type,
    content: text(item.content),
    className: item.className,
    cluster: item.cluster
  };
  if (item.end) visItem.end = item.end;
  if (item.group) visItem.group = item.group;
  return visItem;
}

function drawDensity(el) {
  const state = el.$timeline;
  if (!state) return;
  const canvas = state.density;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = width * devicePixelRatio;
  canvas.height = height * devicePixelRatio;
  const ctx = canvas.getContext('2d');
  ctx.scale(devicePixelRatio, devicePixelRatio);
  ctx.clearRect(0, 0, width, height);
  // The bars share the time axis of the chart, which starts after the lane labels: measure it.
  const axis = state.chart.querySelector('.vis-panel.vis-center');
  if (!axis) return;
  const axisBox = axis.getBoundingClientRect();
  const left = axisBox.left - canvas.getBoundingClientRect().left;
  const axisWidth = axisBox.width;
  const window = state.timeline.getWindow();
  const from = window.start.getTime();
  const span = window.end.getTime() - from;
  const max = Math.max(1, ...state.buckets.map(b => b.count));
  ctx.fillStyle = getComputedStyle(el).getPropertyValue('--vt-density-color') || '#5a7bd6';
  ctx.beginPath();
  ctx.rect(left, 0, axisWidth, height);
  ctx.clip();
  for (const bucket of state.buckets) {
    const x1 = left + (Date.parse(bucket.start) - from) / span * axisWidth;
    const x2 = left + (Date.parse(bucket.end) + DAY - from) / span * axisWidth;
    if (x2 < left || x1 > left + axisWidth) continue;
    const h = Math.max(2, bucket.count / max * (height - 2));
    ctx.fillRect(x1, height - h, Math.max(1, x2 - x1 - 1), h);
  }
}

function init(el, options) {
  el.classList.add('vt-root');
  const density = document.createElement('canvas');
  density.className = 'vt-density';
  density.setAttribute('aria-hidden', 'true');
  const chart = document.createElement('div');
  chart.className = 'vt-chart';
  el.replaceChildren(density, chart);
  // vis-timeline measures its container; inside a freshly attached Vaadin element that only works a frame later.
  requestAnimationFrame(() => {
    const items = new DataSet();
    const groups = new DataSet();
    const timeline = new Timeline(chart, items, groups, {
      start: options.start, end: options.end, min: options.min, max: options.max,
      zoomMin: options.zoomMin, zoomMax: options.zoomMax,
      stack: true, showCurrentTime: false, orientation: 'top', selectable: true, multiselect: false,
      margin: { item: { horizontal: 2, vertical: 4 } },
      groupOrder: 'order'
    });
    // The canvas is drawn at its size in pixels: when the layout resizes it (the detail panel opens), draw again.
    const resize = new ResizeObserver(() => drawDensity(el));
    resize.observe(density);
    el.$timeline = { timeline, items, groups, density, chart, resize, buckets: [], debounce: null };
    // After every redraw (a moved window, or other lanes whose labels move where the axis starts).
    timeline.on('changed', () => drawDensity(el));
    timeline.on('rangechanged', props => {
      clearTimeout(el.$timeline.debounce);
      el.$timeline.debounce = setTimeout(() => el.dispatchEvent(new CustomEvent('vt-range', {
        detail: { start: props.start.getTime(), end: props.end.getTime() }
      })), 250);
    });
    timeline.on('select', props => {
      const id = props.items[0];
      if (id === undefined) return;
      const item = items.get(id);
      if (item && item.cluster) {
        timeline.setSelection([]);
        timeline.setWindow(item.start, item.end ? item.end : item.start);
        return;
      }
      el.dispatchEvent(new CustomEvent('vt-select', { detail: { id: String(id).split('@')[0] } }));
    });
    if (el.$pending) {
      setData(el, ...el.$pending);
      el.$pending = null;
    }
    el.dispatchEvent(new CustomEvent('vt-ready'));
  });
}

function setData(el, items, groups, buckets) {
  const state = el.$timeline;
  if (!state) {
    el.$pending = [items, groups, buckets];
    return;
  }
  state.groups.clear();
  if (groups.length) state.groups.add(groups.map(g => ({ id: g.id, content: text(g.content), order: g.order, className: g.className })));
  state.timeline.setGroups(groups.length ? state.groups : null);
  state.items.clear();
  state.items.add(items.map(toVisItem));
  state.buckets = buckets;
  drawDensity(el);
}

function setWindow(el, start, end) {
  if (el.$timeline) el.$timeline.timeline.setWindow(start, end, { animation: false });
}

function select(el, id) {
  if (!el.$timeline) return;
  const ids = el.$timeline.items.getIds().filter(i => String(i).split('@')[0] === id);
  el.$timeline.timeline.setSelection(ids);
}

function destroy(el) {
  if (el.$timeline) {
    clearTimeout(el.$timeline.debounce);
    el.$timeline.resize.disconnect();
    el.$timeline.timeline.destroy();
    el.$timeline = null;
  }
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.brTimeline = { init, setData, setWindow, select, destroy };
