import { pickLocalVoice, utterancesFor, type Section, type Utterance } from '../lib/read-aloud';

/**
 * <read-aloud>: reads the article aloud with the browser's own speech, on the device.
 * Shown only where speechSynthesis exists and has an on-device voice (localService) for the page's
 * language: no text is ever sent to a speech service. Reads section by section, marking the heading
 * being read (and bringing it into view if it is off screen); Pause, Resume and Stop.
 * The words come from the page (data-* attributes, from content/reading.yaml).
 */

// Parts of the article that are not read: citation numbers, link icons, screen-reader-only words,
// hidden or decorative things, and the reference list, contents and navigation.
const SKIP = 'sup.cite, .heading-link, .sr-only, [hidden], [aria-hidden="true"], svg, .toc, .references, .no-read, [data-read="skip"], script, style, template';
const BLOCKS = 'p, li, dt, dd, figcaption, blockquote, h2:not(.heading), h3:not(.heading), h4, h5, h6';

function textOf(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll(SKIP)) skip.remove();
  return copy.textContent ?? '';
}

/** The article as sections: the top (title, key points, summary), then one per h2/h3 with an id. */
export function articleSections(main: Element): Section[] {
  const title = main.querySelector('h1');
  const top: Section = { id: null, heading: title ? textOf(title) : '', blocks: [] };
  for (const el of main.querySelectorAll('.key-points li, .lede')) top.blocks.push(textOf(el));
  const sections: Section[] = [top];
  let current = top;
  const collect = (parent: Element) => {
    for (const el of parent.children) {
      if (el.matches(SKIP)) continue;
      if (el.matches('h2.heading[id], h3.heading[id]')) {
        current = { id: el.id, heading: textOf(el), blocks: [] };
        sections.push(current);
      } else if (el.matches(BLOCKS)) {
        current.blocks.push(textOf(el)); // read whole: a nested list is part of its item
      } else if (el.matches('tr')) {
        current.blocks.push([...el.children].map(textOf).join('; '));
      } else {
        collect(el);
      }
    }
  };
  const body = main.querySelector('.prose');
  if (body) collect(body);
  return sections;
}

type State = 'idle' | 'playing' | 'paused';

class ReadAloud extends HTMLElement {
  private voice?: SpeechSynthesisVoice;
  private queue: Utterance[] = [];
  private index = 0;
  private run = 0;
  private state: State = 'idle';
  private marked?: Element | null;

  private get synth() {
    return window.speechSynthesis;
  }

  connectedCallback() {
    if (!('speechSynthesis' in window) || !window.speechSynthesis || typeof window.SpeechSynthesisUtterance !== 'function') return;
    const lang = document.documentElement.lang || 'en';
    const findVoice = () => {
      this.voice = pickLocalVoice(this.synth.getVoices(), lang, this.dataset.preferredLang || lang);
      if (!this.voice && this.state !== 'idle') this.stop();
      this.hidden = !this.voice;
    };
    findVoice();
    this.synth.addEventListener?.('voiceschanged', findVoice);
    this.querySelector('[data-play]')?.addEventListener('click', () => this.toggle());
    this.querySelector('[data-stop]')?.addEventListener('click', () => this.stop());
    addEventListener('pagehide', () => this.stop());
  }

  private toggle() {
    if (this.state === 'idle') this.start();
    else if (this.state === 'playing') {
      this.synth.pause();
      this.setState('paused');
    } else {
      this.synth.resume();
      this.setState('playing');
    }
  }

  private start() {
    const main = document.querySelector('main');
    if (!main || !this.voice) return;
    this.queue = utterancesFor(articleSections(main));
    this.index = 0;
    this.run++;
    this.synth.cancel();
    this.setState('playing');
    this.speakNext(this.run);
  }

  private speakNext(run: number) {
    if (run !== this.run || this.state === 'idle') return;
    const item = this.queue[this.index];
    if (!item) {
      this.stop();
      return;
    }
    if (this.index === 0 || this.queue[this.index - 1].sectionId !== item.sectionId) this.follow(item.sectionId);
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.voice = this.voice!;
    utterance.lang = this.voice!.lang;
    utterance.onend = () => {
      if (run !== this.run) return;
      this.index++;
      this.speakNext(run);
    };
    utterance.onerror = (event) => {
      if (run !== this.run) return;
      // Cancelling (Stop, a new start) is not a failure; anything else stops reading quietly.
      if (event.error !== 'interrupted' && event.error !== 'canceled') this.stop();
    };
    this.synth.speak(utterance);
  }

  /** Marks the heading of the section now being read, and brings it into view if it is off screen. */
  private follow(sectionId: string | null) {
    this.marked?.classList.remove('reading-now');
    const heading = sectionId ? document.getElementById(sectionId) : document.querySelector('main h1');
    this.marked = heading;
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = heading ? `${this.dataset.reading ?? ''} ${heading.textContent?.trim() ?? ''}`.trim() : '';
    if (!heading || !sectionId) return;
    heading.classList.add('reading-now');
    const { top, bottom } = heading.getBoundingClientRect();
    const sticky = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    if (top < sticky || bottom > innerHeight) {
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      heading.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
    }
  }

  private stop() {
    this.run++;
    this.setState('idle');
    this.synth.cancel();
    this.marked?.classList.remove('reading-now');
    this.marked = null;
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = '';
  }

  private setState(state: State) {
    this.state = state;
    this.dataset.state = state;
    const play = this.querySelector<HTMLButtonElement>('[data-play]');
    const label = play?.querySelector('[data-label]');
    if (label) label.textContent = (state === 'idle' ? this.dataset.listen : state === 'playing' ? this.dataset.pause : this.dataset.resume) ?? '';
    const stop = this.querySelector<HTMLButtonElement>('[data-stop]');
    if (stop) stop.hidden = state === 'idle';
  }
}

customElements.define('read-aloud', ReadAloud);
