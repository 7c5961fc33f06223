import type { Locator, Page } from "@playwright/test";

/** The passage a citation marker opens: written once on the page (CitedPassages), found by the marker's popovertarget. */
export async function passageOf(page: Page, marker: Locator): Promise<Locator> {
  const id = await marker.locator("button").getAttribute("popovertarget");
  return page.locator(`[id="${id}"]`);
}

/** Opens a marker's passage and returns it. */
export async function openPassage(page: Page, marker: Locator): Promise<Locator> {
  await marker.locator("button").click();
  return passageOf(page, marker);
}
