// The <br-timeline> element: the browser half of the Java component org.brtimeline.timeline.ui.VisTimeline.
// The server sends state with update(); the element owns the chart's life: it creates the chart when it is
// attached to the page and destroys it (timers, observers, listeners) when it is detached, whatever the server
// does. A window moved by the server is never reported back; only the reader's moves are.
import { Timeline, DataSet, moment } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';

const DAY = 24 * 60 * 60 * 1000;
// The minor axis shows day numbers while they fit. Left to itself vis-timeline wants room for seven characters per
// label, so a window of a few months showed only months. Steps of days count from each month's first (1, 4, 7 …).
const DAY_STEPS = [1, 2, 3, 5, 10];
const DAY_LABEL_PX = 24; // a two-digit day number with the label's padding
const OWN_SCALE_PX = 60; // from this width of a day on, vis-timeline's own choice is days or finer
// vis-timeline's own minor labels, for the scales it chooses itself.
const MINOR_FORMAT = { millisecond: 'SSS', second: 's', minute: 'HH:mm', hour: 'HH:mm', weekday: 'ddd D', day: 'D', week: 'w', month: 'MMM', year: 'YYYY' };
const stats = { live: 0, created: 0, destroyed: 0 };

function text(content) {
  // Labels are user text: always DOM text nodes, never HTML.
  const span = document.createElement('span');
  span.textContent = content;
  return span;
}

/**
 * A day of the chronology ("2020-09-02") as the instant its UTC midnight. The chart draws in UTC (its moment option)
 * like the window, the density strip and the overview: read as local time, a reader east of Greenwich saw each event
 * hours before its day's start and the strip's bars beside the events they count.
 */
function utcDay(day) {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day + 'T00:00:00Z' : day;
}

function toVisItem(item) {
  const content = text(item.content);
  // The item's element is found from its content: it carries the id and what to announce.
  content.dataset.itemId = item.id;
  content.dataset.start = utcDay(item.start);
  content.dataset.description = item.description || item.content;
  const visItem = {
    id: item.id,
    start: utcDay(item.start),
    type: item.type,
    content,
    className: item.className,
    cluster: item.cluster
  };
  if (item.end) visItem.end = utcDay(item.end);
  if (item.group) visItem.group = item.group;
  return visItem;
}

class BrTimeline extends HTMLElement {
  constructor() {
    super();
    // Everything the server sent; kept across detach and attach so that a re-attached element draws again.
    this.$state = { options: null, window: null, data: null, selection: null, overview: null };
    this.$chart = null;
    this.$frame = 0;
    this.dataPushes = 0;
  }

  connectedCallback() {
    this.$pointerAt = -Infinity;
    this.$pointer = () => {
      this.$pointerAt = performance.now();
    };
    document.addEventListener('pointerdown', this.$pointer, true);
    this.schedule();
  }

  /** vis-timeline measures its container; inside a freshly attached Vaadin element that only works a frame later. */
  schedule() {
    cancelAnimationFrame(this.$frame);
    this.$frame = requestAnimationFrame(() => {
      this.$frame = 0;
      if (this.isConnected && !this.$chart && this.$state.options) this.create();
    });
  }

  disconnectedCallback() {
    document.removeEventListener('pointerdown', this.$pointer, true);
    cancelAnimationFrame(this.$frame);
    this.$frame = 0;
    this.destroyChart();
  }

  /** Called by the server with the parts of the state that changed: options, window, data, selection. */
  update(changes) {
    if ('data' in changes) this.dataPushes++;
    Object.assign(this.$state, changes);
    if (!this.$chart) {
      if (this.isConnected && !this.$frame) this.schedule();
      return;
    }
    if (changes.window) this.$chart.timeline.setWindow(changes.window.start, changes.window.end, { animation: false });
    if (changes.data) this.applyData();
    if ('selection' in changes || changes.data) this.applySelection();
    if ('overview' in changes) this.drawOverview();
  }

  create() {
    const { options, window } = this.$state;
    // The overview: the whole extent of the matching events, with the window on show; click or drag to move it.
    const overview = document.createElement('canvas');
    overview.className = 'vt-overview';
    overview.setAttribute('aria-hidden', 'true');
    overview.title = 'Overview of all matching events: click or drag to move the window';
    const density = document.createElement('canvas');
    density.className = 'vt-density';
    density.setAttribute('aria-hidden', 'true');
    const chartBox = document.createElement('div');
    chartBox.className = 'vt-chart';
    // Focusable from script only: it holds the focus when the window the keys moved to has no event.
    chartBox.tabIndex = -1;
    chartBox.setAttribute('role', 'group');
    chartBox.setAttribute('aria-label', 'Timeline: arrow keys move between events, Page Up and Page Down move the window, + and - zoom');
    this.replaceChildren(overview, density, chartBox);
    const items = new DataSet();
    const groups = new DataSet();
    const timeline = new Timeline(chartBox, items, groups, {
      start: window ? window.start : options.start, end: window ? window.end : options.end,
      min: options.min, max: options.max, zoomMin: options.zoomMin, zoomMax: options.zoomMax,
      stack: true, showCurrentTime: false, orientation: 'top', selectable: true, multiselect: false,
      margin: { item: { horizontal: 2, vertical: 4 } },
      groupOrder: 'order',
      // The wheel scrolls the page; Ctrl + wheel (and a pinch, which browsers send as one) zooms.
      zoomKey: 'ctrlKey',
      // A bounded chart with its own vertical scroll; the axis on top stays in view.
      maxHeight: '65vh',
      verticalScroll: true,
      format: { minorLabels: (date, scale, step) => this.minorLabel(date, scale, step) },
      // Axis, labels and items in UTC, the time of the window the server sends and of every date the page shows.
      moment: date => moment(date).utc()
    });
    // The canvas is drawn at its size in pixels: when the layout resizes it (the detail panel opens), draw again.
    // The lane labels scroll with the chart: reachable by keyboard, and named.
    const labels = chartBox.querySelector('.vis-panel.vis-left');
    if (labels) {
      labels.tabIndex = 0;
      labels.setAttribute('role', 'region');
      labels.setAttribute('aria-label', 'Lanes');
    }
    const resize = new ResizeObserver(() => {
      this.drawDensity();
      this.drawOverview();
    });
    resize.observe(density);
    this.$chart = { timeline, items, groups, grouped: true, density, overview, chartBox, resize, buckets: [], debounce: null, dayStep: 0, dayWidth: 0, axisFrame: 0 };
    this.fitAxis();
    timeline.on('rangechange', () => {
      this.fitAxis();
      this.drawOverview();
    });
    const follow = e => {
      if (e.buttons !== 1 && e.type !== 'pointerdown') return;
      const when = this.overviewTime(e.clientX);
      if (when === null) return;
      const visible = timeline.getWindow();
      const half = (visible.end.getTime() - visible.start.getTime()) / 2;
      this.moveWindow(when - half, when + half);
      this.drawOverview();
    };
    overview.addEventListener('pointerdown', e => {
      overview.setPointerCapture(e.pointerId);
      follow(e);
    });
    overview.addEventListener('pointermove', follow);
    stats.live++;
    stats.created++;
    // After every redraw (a moved window, or other lanes whose labels move where the axis starts).
    timeline.on('changed', () => {
      // The axis's width changes with the lanes' labels and the page's layout, not only with the window.
      this.fitAxis();
      this.drawDensity();
      this.decorateItems();
      this.restoreFocus();
    });
    // Whatever takes the focus in the chart ends a wait for an item to be drawn (restoreFocus).
    chartBox.addEventListener('focusin', () => {
      if (this.$chart) this.$chart.wanted = null;
    });
    chartBox.addEventListener('focusout', e => {
      const chart = this.$chart;
      if (!chart || (chart.wanted && chart.wanted.move)) return;
      const content = e.target.querySelector && e.target.querySelector('[data-item-id]');
      // The focus went nowhere though the reader neither clicked nor tabbed: vis-timeline took the element out of the
      // page as it redrew (a moved window, new data). A reader who moved the focus keeps it where they put it.
      const byReader = e.relatedTarget || performance.now() - this.$pointerAt < 1000;
      chart.wanted = !byReader && content
        ? { id: content.dataset.itemId, start: Date.parse(content.dataset.start), move: false }
        : null;
      if (chart.wanted) requestAnimationFrame(() => this.$chart === chart && this.restoreFocus());
    });
    // On a Mac the zoom modifier is ⌘: zoom around the pointer like Ctrl does.
    chartBox.addEventListener('wheel', e => {
      if (!e.metaKey || e.ctrlKey) return;
      e.preventDefault();
      this.zoomBy(e.deltaY > 0 ? 1.25 : 0.8);
    }, { passive: false });
    chartBox.addEventListener('keydown', e => this.key(e));
    // vis-timeline shows the chart (and lifts its loading screen) at the first redraw after its first 'rangechanged',
    // 200 ms after the first window; nothing else need redraw by then, and the chart would stay hidden: redraw.
    timeline.once('rangechanged', () => {
      if (this.$chart && this.$chart.timeline === timeline) timeline.redraw();
    });
    timeline.on('rangechanged', props => {
      if (props.byUser) this.reportRange(props.start.getTime(), props.end.getTime(), 250);
    });
    timeline.on('select', props => this.selected(props.items[0]));
    if (this.$state.data) this.applyData();
    this.applySelection();
  }

  destroyChart() {
    if (!this.$chart) return;
    clearTimeout(this.$chart.debounce);
    cancelAnimationFrame(this.$chart.axisFrame);
    this.$chart.resize.disconnect();
    this.$chart.timeline.destroy();
    this.$chart = null;
    this.replaceChildren();
    stats.live--;
    stats.destroyed++;
  }

  /**
   * The minor axis: every 1, 2, 3, 5 or 10 days while day numbers fit in that many days, vis-timeline's own scale
   * otherwise. The width of a day is measured at once (the labels read it); a new step is set a frame later, out of
   * vis-timeline's own event.
   */
  fitAxis() {
    const chart = this.$chart;
    const centre = chart.chartBox.querySelector('.vis-panel.vis-center');
    const visible = chart.timeline.getWindow();
    chart.dayWidth = centre ? centre.clientWidth / ((visible.end.getTime() - visible.start.getTime()) / DAY) : 0;
    const step = chart.dayWidth >= OWN_SCALE_PX ? 0 : DAY_STEPS.find(s => s * chart.dayWidth >= DAY_LABEL_PX) || 0;
    if (step === chart.dayStep) return;
    chart.dayStep = step;
    cancelAnimationFrame(chart.axisFrame);
    chart.axisFrame = requestAnimationFrame(() => {
      chart.axisFrame = 0;
      chart.timeline.setOptions({ timeAxis: step ? { scale: 'day', step } : { scale: undefined, step: undefined } });
    });
  }

  /** A minor label; the last days of a month, shorter than a step (29 to 1 in steps of 3), go unlabelled when the number would not fit. */
  minorLabel(date, scale, step) {
    if (scale === 'day' && this.$chart) {
      const days = Math.min(step, date.daysInMonth() - date.date() + 1);
      if (days * this.$chart.dayWidth < DAY_LABEL_PX) return '';
    }
    return date.format(MINOR_FORMAT[scale]);
  }

  /** Tells the server the reader's window, once the movement settles. */
  reportRange(start, end, delay) {
    const chart = this.$chart;
    clearTimeout(chart.debounce);
    chart.debounce = setTimeout(() => {
      chart.debounce = null;
      this.dispatchEvent(new CustomEvent('vt-range', { detail: { start, end } }));
    }, delay);
  }

  /** How many items the chart holds (drawn or not: vis-timeline draws only those in view). */
  get itemCount() {
    return this.$chart ? this.$chart.items.length : 0;
  }

  /** Whether a window move waits to be reported (the tests wait for it to settle). */
  get rangePending() {
    return !!(this.$chart && this.$chart.debounce);
  }

  selected(id) {
    if (id === undefined) return;
    const item = this.$chart.items.get(id);
    if (item && item.cluster) {
      // A cluster zooms in: that is the reader's move, so the server hears of the new window.
      const end = item.end ? Date.parse(item.end) : Date.parse(item.start) + DAY;
      this.$chart.timeline.setSelection([]);
      this.$chart.timeline.setWindow(item.start, end, { animation: false });
      this.reportRange(Date.parse(item.start), end, 0);
      return;
    }
    this.$chart.current = String(id);
    this.$state.selection = String(id).split('@')[0];
    this.dispatchEvent(new CustomEvent('vt-select', { detail: { id: this.$state.selection } }));
  }

  /** Multiplies the window's width around its centre and tells the server. */
  zoomBy(factor) {
    const visible = this.$chart.timeline.getWindow();
    const start = visible.start.getTime();
    const end = visible.end.getTime();
    const centre = (start + end) / 2;
    const half = Math.max(DAY * 1.5, (end - start) * factor / 2);
    this.moveWindow(centre - half, centre + half);
  }

  moveWindow(start, end) {
    this.$chart.timeline.setWindow(start, end, { animation: false });
    this.reportRange(start, end, 250);
  }

  /** The items in date order, as the server sent them (points and bars; clusters too). */
  orderedIds() {
    return this.$chart.items.get({ order: (a, b) => Date.parse(a.start) - Date.parse(b.start) || String(a.id).localeCompare(String(b.id)) })
      .map(item => item.id);
  }

  /** A roving tabindex over the items: one of them is in the tab order, the others are reached with the arrow keys. */
  decorateItems() {
    const chart = this.$chart;
    const elements = [...chart.chartBox.querySelectorAll('[data-item-id]')];
    if (!elements.length) return;
    if (!chart.current || !elements.some(content => content.dataset.itemId === chart.current)) {
      chart.current = this.orderedIds().find(id => elements.some(content => content.dataset.itemId === String(id)));
      chart.current = chart.current === undefined ? elements[0].dataset.itemId : String(chart.current);
    }
    for (const content of elements) {
      const item = content.closest('.vis-item');
      if (!item) continue;
      item.setAttribute('role', 'button');
      item.setAttribute('aria-label', content.dataset.description);
      item.tabIndex = content.dataset.itemId === chart.current ? 0 : -1;
    }
  }

  focusItem(id) {
    const chart = this.$chart;
    chart.current = String(id);
    const element = this.itemElement(id);
    if (element) {
      this.decorateItems();
      element.focus();
      return;
    }
    // Not drawn: in a lane scrolled out of the chart's height, or out of the window. It takes the focus once drawn.
    chart.wanted = { id: String(id), start: Date.parse(chart.items.get(id).start), move: true, redraws: 0 };
    if (this.inWindow(id) && this.scrollToLane(id)) return;
    // vis-timeline brings it to the middle of the window (the width stays) and scrolls its lane into view.
    chart.timeline.focus(id, { zoom: false, animation: false });
    const visible = chart.timeline.getWindow();
    this.reportRange(visible.start.getTime(), visible.end.getTime(), 250);
  }

  focusInView(first) {
    const inView = this.orderedIds().filter(id => this.inWindow(id));
    if (inView.length) this.focusItem(first ? inView[0] : inView[inView.length - 1]);
  }

  inWindow(id) {
    const item = this.$chart.items.get(id);
    if (!item) return false;
    const visible = this.$chart.timeline.getWindow();
    const start = Date.parse(item.start);
    return start >= visible.start.getTime() && start < visible.end.getTime();
  }

  /**
   * Scrolls the chart down or up to the lane of an item in the window, which stays where it is: the reader moving
   * through the window's events with the keyboard should not see it jump. vis-timeline has no public call for a
   * vertical scroll alone (its focus() also centres the item), so this uses its own (vis-timeline 8.5.4); false when
   * that is missing.
   */
  scrollToLane(id) {
    const timeline = this.$chart.timeline;
    const item = timeline.itemSet && timeline.itemSet.items[id];
    if (!item || !item.parent || typeof item.parent.top !== 'number' || typeof timeline._setScrollTop !== 'function') return false;
    timeline._setScrollTop(-item.parent.top);
    timeline._redraw();
    return true;
  }

  /** The element of a drawn item, or null. */
  itemElement(id) {
    const content = this.$chart.chartBox.querySelector(`[data-item-id="${CSS.escape(String(id))}"]`);
    return content ? content.closest('.vis-item') : null;
  }

  /** The id of the item that has the keyboard focus, or null. */
  focusedItemId() {
    const active = document.activeElement;
    if (!active || !active.classList.contains('vis-item') || !this.$chart.chartBox.contains(active)) return null;
    const content = active.querySelector('[data-item-id]');
    return content ? content.dataset.itemId : null;
  }

  key(e) {
    const chart = this.$chart;
    const visible = chart.timeline.getWindow();
    const start = visible.start.getTime();
    const width = visible.end.getTime() - start;
    const ids = this.orderedIds().map(String);
    const at = ids.indexOf(chart.current);
    // On the chart itself (its window held no event), an arrow goes to the first or the last event in the window.
    const onItem = this.focusedItemId() !== null;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        if (!onItem) this.focusInView(true);
        else if (at >= 0 && at < ids.length - 1) this.focusItem(ids[at + 1]);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        if (!onItem) this.focusInView(false);
        else if (at > 0) this.focusItem(ids[at - 1]);
        break;
      case 'Home':
        if (ids.length) this.focusItem(ids[0]);
        break;
      case 'End':
        if (ids.length) this.focusItem(ids[ids.length - 1]);
        break;
      case 'Enter':
      case ' ':
        if (chart.current) this.selected(chart.items.get(chart.current) ? chart.current : undefined);
        break;
      case '+':
      case '=':
        this.zoomBy(0.5);
        break;
      case '-':
      case '_':
        this.zoomBy(2);
        break;
      case 'PageUp':
        this.moveWindow(start - width, start);
        break;
      case 'PageDown':
        this.moveWindow(start + width, start + 2 * width);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  /** The time under a horizontal position of the overview, or null when there is nothing to show. */
  overviewTime(clientX) {
    const o = this.$state.overview;
    if (!o) return null;
    const box = this.$chart.overview.getBoundingClientRect();
    const from = Date.parse(o.start);
    const to = Date.parse(o.end) + DAY;
    return from + (clientX - box.left) / box.width * (to - from);
  }

  drawOverview() {
    const chart = this.$chart;
    const o = this.$state.overview;
    if (!chart) return;
    const canvas = chart.overview;
    if (!o) {
      canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);
      return;
    }
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    canvas.width = width * devicePixelRatio;
    canvas.height = height * devicePixelRatio;
    const ctx = canvas.getContext('2d');
    const style = getComputedStyle(canvas);
    ctx.scale(devicePixelRatio, devicePixelRatio);
    ctx.clearRect(0, 0, width, height);
    const from = Date.parse(o.start);
    const span = Date.parse(o.end) + DAY - from;
    const x = t => (t - from) / span * width;
    const max = Math.max(1, ...o.buckets.map(b => b.count));
    ctx.fillStyle = style.getPropertyValue('--vt-overview-color').trim() || '#8a8f98';
    for (const bucket of o.buckets) {
      const x1 = x(Date.parse(bucket.start));
      const x2 = x(Date.parse(bucket.end) + DAY);
      const h = Math.max(2, bucket.count / max * (height - 4));
      ctx.fillRect(x1, height - h, Math.max(1, x2 - x1 - 0.5), h);
    }
    const visible = chart.timeline.getWindow();
    const left = Math.max(0, x(visible.start.getTime()));
    const right = Math.min(width, x(visible.end.getTime()));
    ctx.fillStyle = style.getPropertyValue('--vt-window-color').trim() || 'rgba(22, 118, 243, 0.2)';
    ctx.fillRect(left, 0, Math.max(2, right - left), height);
    ctx.strokeStyle = style.getPropertyValue('--vt-window-border').trim() || '#1676f3';
    ctx.lineWidth = 1.5;
    ctx.strokeRect(left, 0.75, Math.max(2, right - left), height - 1.5);
    chart.overviewWindow = { left, right };
  }

  /**
   * Shows the data of a new window. The items both windows hold are updated in place, so their elements stay and the
   * item the reader reached with the keyboard keeps the focus (see restoreFocus for those that go).
   */
  applyData() {
    const { items, groups, density } = this.$state.data;
    const chart = this.$chart;
    const grouped = groups.length > 0;
    chart.groups.update(groups.map(g => ({ id: g.id, content: text(g.content), order: g.order, className: g.className })));
    if (grouped !== chart.grouped) {
      chart.timeline.setGroups(grouped ? chart.groups : null);
      chart.grouped = grouped;
    }
    const next = items.map(toVisItem);
    const kept = new Set(next.map(item => item.id));
    // An item whose shape changed (a bar that became a point, a lane that appeared) is drawn anew: an update would
    // keep the old item's end or lane.
    const reshaped = next.filter(item => {
      const old = chart.items.get(item.id);
      return old && (('end' in old) !== ('end' in item) || ('group' in old) !== ('group' in item) || old.type !== item.type);
    });
    chart.items.remove(chart.items.getIds().filter(id => !kept.has(id)).concat(reshaped.map(item => item.id)));
    chart.items.update(next);
    const groupIds = new Set(groups.map(g => g.id));
    chart.groups.remove(chart.groups.getIds().filter(id => !groupIds.has(id)));
    chart.buckets = density;
    this.drawDensity();
  }

  /**
   * After each redraw: an item the keys moved to gets the focus once drawn (vis-timeline draws a moved window or a
   * scrolled lane in several steps). When the focus was on an element the chart took out of the page (a moved window,
   * new data), it goes back to the same item if drawn, else to the drawn item nearest in time, else to the chart
   * itself, so that the keys go on working.
   */
  restoreFocus() {
    const chart = this.$chart;
    const wanted = chart.wanted;
    if (!wanted) return;
    const active = document.activeElement;
    if (active && active !== document.body && !chart.chartBox.contains(active)) {
      chart.wanted = null; // the reader is elsewhere
      return;
    }
    let target = this.itemElement(wanted.id);
    if (!target && wanted.move && ++wanted.redraws <= 5) return;
    chart.wanted = null;
    if (!target) {
      let distance = Infinity;
      for (const content of chart.chartBox.querySelectorAll('[data-item-id]')) {
        const d = Math.abs(Date.parse(content.dataset.start) - wanted.start);
        if (d < distance && content.closest('.vis-item') && this.inWindow(content.dataset.itemId)) {
          distance = d;
          target = content.closest('.vis-item');
        }
      }
    }
    if (target) {
      chart.current = target.querySelector('[data-item-id]').dataset.itemId;
      this.decorateItems();
    }
    (target || chart.chartBox).focus();
  }

  applySelection() {
    const id = this.$state.selection;
    const ids = id ? this.$chart.items.getIds().filter(i => String(i).split('@')[0] === id) : [];
    this.$chart.timeline.setSelection(ids);
  }

  drawDensity() {
    const chart = this.$chart;
    if (!chart) return;
    const canvas = chart.density;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    canvas.width = width * devicePixelRatio;
    canvas.height = height * devicePixelRatio;
    const ctx = canvas.getContext('2d');
    ctx.scale(devicePixelRatio, devicePixelRatio);
    ctx.clearRect(0, 0, width, height);
    // The bars share the time axis of the chart, which starts after the lane labels: measure it.
    const axis = chart.chartBox.querySelector('.vis-panel.vis-center');
    if (!axis) return;
    const axisBox = axis.getBoundingClientRect();
    const left = axisBox.left - canvas.getBoundingClientRect().left;
    const axisWidth = axisBox.width;
    const visible = chart.timeline.getWindow();
    const from = visible.start.getTime();
    const span = visible.end.getTime() - from;
    const max = Math.max(1, ...chart.buckets.map(b => b.count));
    ctx.fillStyle = getComputedStyle(this).getPropertyValue('--vt-density-color') || '#5a7bd6';
    ctx.beginPath();
    ctx.rect(left, 0, axisWidth, height);
    ctx.clip();
    for (const bucket of chart.buckets) {
      const x1 = left + (Date.parse(bucket.start) - from) / span * axisWidth;
      const x2 = left + (Date.parse(bucket.end) + DAY - from) / span * axisWidth;
      if (x2 < left || x1 > left + axisWidth) continue;
      const h = Math.max(2, bucket.count / max * (height - 2));
      ctx.fillRect(x1, height - h, Math.max(1, x2 - x1 - 1), h);
    }
  }
}

if (!customElements.get('br-timeline')) customElements.define('br-timeline', BrTimeline);

// How many charts live in the page, for the tests that check nothing leaks when the reader comes and goes.
window.Vaadin = window.Vaadin || {};
window.Vaadin.brTimeline = { stats };
