// The length control: presets (short / medium / long) and a fine slider in sentences or
// percent. The slider's positions are ladder stops (ui/length.js), so it works from a
// two-sentence note to a 1 MB text; arrow keys move one stop (one sentence up to 10).
import { sentenceLadder, PERCENT_LADDER, nearestIndex } from '../ui/length.js';
import { setState } from './status.js';

const $ = (id) => document.getElementById(id);

export class LengthControl {
  /** @param {() => void} onChange  called when the reader picks another length */
  constructor(onChange) {
    this.amount = $('amount');
    this.out = $('amount-out');
    this.unit = $('unit');
    this.total = 20; // sentences of the shown result
    this.ladder = sentenceLadder(this.total);
    this.onChange = onChange;
    this.configure();
    this.setValue(5);
    let timer = 0;
    this.amount.addEventListener('input', () => {
      document.querySelector('input[name="preset"][value="custom"]').checked = true;
      this.label();
      setState('pending');
      clearTimeout(timer);
      timer = setTimeout(onChange, 60);
    });
    this.unit.addEventListener('change', () => {
      const before = this.value();
      const wasPercent = this.unit.value !== 'percent';
      this.configure();
      // Keep the same amount of summary, in the other unit.
      const total = Math.max(1, this.total);
      this.setValue(wasPercent ? (100 * before) / total : (before / 100) * total);
      if (this.preset() === 'custom') onChange();
    });
    for (const radio of document.querySelectorAll('input[name="preset"]')) radio.addEventListener('change', onChange);
  }

  preset() {
    return document.querySelector('input[name="preset"]:checked').value;
  }

  percent() {
    return this.unit.value === 'percent';
  }

  stops() {
    return this.percent() ? PERCENT_LADDER : this.ladder;
  }

  /** The amount the slider shows (sentences or percent). */
  value() {
    const stops = this.stops();
    return stops[Math.min(stops.length - 1, Math.max(0, Number(this.amount.value) || 0))];
  }

  setValue(v) {
    this.amount.value = String(nearestIndex(this.stops(), v));
    this.label();
  }

  configure() {
    this.amount.min = '0';
    this.amount.max = String(this.stops().length - 1);
    this.amount.step = '1';
  }

  label() {
    const n = this.value();
    this.out.textContent = this.percent() ? `${n}%` : n.toLocaleString('en');
    this.amount.setAttribute('aria-valuetext', this.percent() ? `${n} percent of the article` : `${n.toLocaleString('en')} sentence${n === 1 ? '' : 's'}`);
  }

  /** The options for the engine: { length } for a preset, else { sentences } or { ratio }. */
  options() {
    const p = this.preset();
    if (p !== 'custom') return { length: p };
    const n = this.value();
    return this.percent() ? { ratio: n / 100 } : { sentences: n };
  }

  /** After a result: the ladder fits its sentence count, and after a preset the slider shows what it chose. */
  sync(result) {
    const keep = this.preset() === 'custom' ? this.value() : null;
    this.total = result.sentence_count;
    this.ladder = sentenceLadder(this.total);
    this.configure();
    const chosen = result.summary.length;
    if (keep !== null) this.setValue(keep);
    else this.setValue(this.percent() ? (100 * chosen) / Math.max(1, this.total) : chosen);
  }
}
