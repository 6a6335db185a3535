import { test, expect, type Page } from './fixtures';

/** Listen: an article read aloud by the device's own voices only (a cloud voice would send the text away), section by section. */

interface StubVoice { name: string; lang: string; localService: boolean; default: boolean; voiceURI: string }
const local: StubVoice = { name: 'Local English', lang: 'en-US', localService: true, default: false, voiceURI: 'local-en' };
const remote: StubVoice = { name: 'Cloud English', lang: 'en-US', localService: false, default: true, voiceURI: 'cloud-en' };

/** A stand-in for the browser's speechSynthesis that records what it is asked to do. */
async function stubSpeech(page: Page, voices: StubVoice[] | 'missing') {
  await page.addInitScript((given) => {
    if (given === 'missing') {
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    let voices = given;
    interface U { text: string; voice: { name: string } | null; lang: string; onend: ((e: object) => void) | null; onerror: ((e: { error: string }) => void) | null }
    const calls = { spoken: [] as { text: string; voice?: string; lang: string }[], pause: 0, resume: 0, cancel: 0, current: null as U | null };
    const listeners: ((e?: unknown) => void)[] = [];
    const synth = {
      getVoices: () => voices,
      speak(u: U) {
        calls.spoken.push({ text: u.text, voice: u.voice?.name, lang: u.lang });
        calls.current = u;
      },
      pause() { calls.pause++; },
      resume() { calls.resume++; },
      cancel() {
        calls.cancel++;
        const u = calls.current;
        calls.current = null;
        u?.onerror?.({ error: 'canceled' });
      },
      addEventListener(type: string, fn: () => void) { if (type === 'voiceschanged') listeners.push(fn); },
      removeEventListener() {},
    };
    class Utterance { voice = null; lang = ''; onend = null; onerror = null; constructor(public text: string) {} }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
    Object.assign(window, {
      __speech: calls,
      __finishUtterance: () => {
        const u = calls.current;
        calls.current = null;
        u?.onend?.({});
      },
      __setVoices: (v: typeof voices) => {
        voices = v;
        listeners.forEach((f) => f());
      },
    });
  }, voices);
}

const speech = (page: Page) =>
  page.evaluate(() => {
    const { spoken, pause, resume, cancel } = (window as unknown as { __speech: { spoken: { text: string; voice?: string }[]; pause: number; resume: number; cancel: number } }).__speech;
    return { spoken, pause, resume, cancel };
  });
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());

test.describe('Listen: read aloud by the device', () => {
  test('hidden where the only voices are remote (they would send the text away)', async ({ page }) => {
    await stubSpeech(page, [remote]);
    await page.goto('/medications/');
    await expect(page.locator('read-aloud')).toBeAttached();
    await expect(page.locator('read-aloud')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  });

  test('hidden where the browser has no speech at all', async ({ page }) => {
    await stubSpeech(page, 'missing');
    await page.goto('/medications/');
    await expect(page.locator('read-aloud')).toBeHidden();
  });

  test('shown once an on-device voice turns up (voices load late in some browsers)', async ({ page }) => {
    await stubSpeech(page, []);
    await page.goto('/medications/');
    await expect(page.locator('read-aloud')).toBeHidden();
    await page.evaluate((v) => (window as unknown as { __setVoices: (v: unknown) => void }).__setVoices(v), [remote, local]);
    await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
  });

  test('reads section by section with the local voice, marks the section, and pauses, resumes and stops', async ({ page }) => {
    await stubSpeech(page, [remote, local]);
    await page.goto('/medications/');
    const listen = page.getByRole('button', { name: 'Listen' });
    await expect(listen).toBeVisible();
    await expect(page.locator('read-aloud')).toContainText('Nothing is sent anywhere');
    await listen.click();

    // The first section, in the on-device voice: the title, then the key points and the summary under it.
    const title = (await page.locator('main h1').textContent())!.trim();
    const top = await page.locator('main .key-points li, main .lede').evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));
    await expect.poll(async () => (await speech(page)).spoken.length).toBe(1);
    let said = await speech(page);
    expect(said.spoken[0]).toEqual({ text: title, voice: 'Local English', lang: 'en-US' });
    for (let i = 0; i < top.length; i++) await finishUtterance(page);
    said = await speech(page);
    expect(said.spoken.slice(1).map((s) => s.text)).toEqual(top);
    expect(said.spoken.every((s) => s.voice === 'Local English')).toBe(true);
    await expect(page.locator('main .heading.reading-now')).toHaveCount(0);

    // The next section: its heading is read, marked, and named in the status.
    await finishUtterance(page);
    const first = page.locator('main .prose h2.heading').first();
    const heading = (await first.textContent())!.trim();
    said = await speech(page);
    expect(said.spoken[top.length + 1].text).toBe(heading);
    await expect(first).toHaveClass(/reading-now/);
    await expect(page.locator('read-aloud [data-status]')).toHaveText(`Reading: ${heading}`);
    // Then that section's own words, without the citation numbers.
    await finishUtterance(page);
    said = await speech(page);
    const words = said.spoken[top.length + 2].text;
    expect(words.length).toBeGreaterThan(20);
    expect(words).not.toMatch(/[a-z][.,]\d/);
    expect(words).not.toMatch(/\bsource \d/);

    // Pause and resume call through to the browser.
    await page.getByRole('button', { name: 'Pause' }).click();
    expect((await speech(page)).pause).toBe(1);
    await page.getByRole('button', { name: 'Resume' }).click();
    expect((await speech(page)).resume).toBe(1);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

    // Stop: speech cancelled, the mark and the status cleared, back to "Listen".
    await page.getByRole('button', { name: 'Stop' }).click();
    expect((await speech(page)).cancel).toBeGreaterThanOrEqual(1);
    await expect(first).not.toHaveClass(/reading-now/);
    await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  });
});

