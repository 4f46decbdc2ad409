// Touch targets as a finger meets them: every visible control on the page and its box, measured in
// the page. A checkbox, radio or file input inside a label is measured by its label (the whole label
// takes the tap); an element the page does not render (closed menu, collapsed <details>) is not a target.
import type { Page } from 'playwright-core';

/** WCAG 2.5.5 (AAA) and the platforms' own guidance for a tablet held in one hand. */
export const MIN_TARGET_PX = 44;

const CONTROLS = ['a[href]', 'button', 'input:not([type=hidden])', 'select', 'textarea', '[role=button]', 'summary'].join(', ');

/** One line per visible control smaller than `min` × `min` px: tag, name and size. */
export async function undersizedTargets(page: Page, min = MIN_TARGET_PX): Promise<string[]> {
  return page.evaluate(
    ({ selector, min }) => {
      const target = (el: Element): Element => {
        const input = el as HTMLInputElement;
        const wrapped = el.tagName === 'INPUT' && ['checkbox', 'radio', 'file'].includes(input.type) ? el.closest('label') : null;
        return wrapped ?? el;
      };
      const seen = new Set<Element>();
      const found: string[] = [];
      for (const el of document.querySelectorAll(selector)) {
        const measured = target(el);
        if (seen.has(measured)) continue;
        seen.add(measured);
        if (!measured.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
        const box = measured.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.width + 0.5 >= min && box.height + 0.5 >= min) continue;
        const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        const where = el.closest('[class]')?.className.toString().split(' ')[0] ?? '';
        found.push(`${el.tagName.toLowerCase()}${(el as HTMLInputElement).type ? `[${(el as HTMLInputElement).type}]` : ''} "${name}" in .${where}: ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      return found;
    },
    { selector: CONTROLS, min },
  );
}
