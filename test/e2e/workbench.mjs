// Driving VS Code's workbench (code-server in Chromium) through its DOM and keyboard, as a
// user would. Selectors checked against code-server 4.139.1 (Code 1.139).

/** Polls `probe` until it returns a truthy value; throws with `what` and the last value seen. */
export async function until(what, probe, { timeout = 30_000, interval = 250 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeout / 1000} s waiting for ${what}; last seen: ${seen?.slice(0, 2000)}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

const text = (s) => (s ?? '').replace(/\u00a0/g, ' ');

export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
  // The explorer has read the folder once a row shows.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
}

/** Ctrl+P, the file name, Enter; waits until the editor shows `expectText`. */
export async function openFile(page, name, expectText) {
  await page
    .locator('.monaco-workbench')
    .click({ position: { x: 5, y: 300 } })
    .catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await until(`the editor to show ${JSON.stringify(expectText)}`, async () =>
    (await editorLines(page)).some((l) => l.includes(expectText)),
  );
}

/** The visible lines of the active editor (Monaco renders only what is on screen). */
export async function editorLines(page) {
  const lines = await page
    .locator('.editor-group-container.active .monaco-editor .view-lines .view-line')
    .evaluateAll((els) => els.map((e) => ({ top: parseFloat(e.style.top) || 0, text: e.textContent ?? '' })));
  return lines.sort((a, b) => a.top - b.top).map((l) => text(l.text));
}

/** The first rendered line holding `needle`, as a locator. */
export function lineWith(page, needle) {
  return page
    .locator('.editor-group-container.active .monaco-editor .view-lines .view-line', { hasText: needle })
    .first();
}

/** Ctrl+Shift+M, then the rows of the Problems panel as text. */
export async function openProblems(page) {
  if (
    !(await page
      .locator('.markers-panel')
      .isVisible()
      .catch(() => false))
  )
    await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 15_000 });
}

export async function problemRows(page) {
  const rows = await page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((els) => els.map((e) => ({ label: e.getAttribute('aria-label') ?? '', text: e.textContent ?? '' })));
  return rows.map((r) => text(`${r.text} | ${r.label}`));
}

/** Moves the mouse onto `needle` in the editor and returns the hover's text. */
export async function hoverText(page, needle, expect) {
  const line = lineWith(page, needle);
  const box = await line.boundingBox();
  if (!box) throw new Error(`no rendered line holds ${JSON.stringify(needle)}`);
  const x = box.x + 80;
  const y = box.y + box.height / 2;
  return until(`a hover containing ${JSON.stringify(expect)}`, async () => {
    await page.mouse.move(x, y + 40);
    await page.mouse.move(x, y, { steps: 4 });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expect }).first();
    await hover.waitFor({ state: 'visible', timeout: 4000 });
    return text(await hover.textContent());
  });
}

/** Puts the cursor on `needle`, presses Ctrl+. and picks the action whose title matches. */
export async function quickFix(page, needle, titlePattern, beforePick) {
  const line = lineWith(page, needle);
  const box = await line.boundingBox();
  if (!box) throw new Error(`no rendered line holds ${JSON.stringify(needle)}`);
  await page.mouse.click(box.x + 80, box.y + box.height / 2);
  await page.keyboard.press('Escape');
  const item = await until(`a code action matching ${titlePattern}`, async () => {
    if (
      !(await page
        .locator('.action-widget')
        .isVisible()
        .catch(() => false))
    )
      await page.keyboard.press('Control+.');
    const row = page.locator('.action-widget .monaco-list-row', { hasText: titlePattern }).first();
    await row.waitFor({ state: 'visible', timeout: 4000 });
    return row;
  });
  const titles = await page.locator('.action-widget .monaco-list-row').allTextContents();
  if (beforePick) await beforePick();
  await item.click();
  return titles.map(text);
}

/** The active editor's whole text: select all + copy, read back from the clipboard. */
export async function editorTextViaClipboard(page) {
  const editor = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  await editor.click({ position: { x: 5, y: 5 } });
  await page.evaluate(() => navigator.clipboard.writeText('(clipboard not written)'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  const value = await until(
    'the clipboard to hold the editor text',
    async () => {
      const v = await page.evaluate(() => navigator.clipboard.readText());
      return v !== '(clipboard not written)' ? v : undefined;
    },
    { timeout: 5000 },
  );
  await page.keyboard.press('Control+End');
  return value;
}

/** Colour of the rendered token whose text is exactly `token`, and of the token before it. */
export async function tokenColours(page, token) {
  return page
    .locator('.editor-group-container.active .monaco-editor .view-lines .view-line span > span')
    .evaluateAll((spans, token) => {
      const i = spans.findIndex((s) => (s.textContent ?? '').replace(/\u00a0/g, ' ') === token);
      if (i < 0) return undefined;
      // Runs in the page, where globalThis is the window.
      const colour = (el) => globalThis.getComputedStyle(el).color;
      return { token: colour(spans[i]), before: i > 0 ? colour(spans[i - 1]) : undefined, classes: spans[i].className };
    }, token);
}
