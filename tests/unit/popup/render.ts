import type { VNode } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';

// Renders a component into a fresh container in happy-dom and lets effects and promises settle.

export async function mount(node: VNode): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(node, container);
  });
  await settle();
  return container;
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    (element as HTMLElement).click();
  });
  await settle();
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => element.textContent ?? '');
}
