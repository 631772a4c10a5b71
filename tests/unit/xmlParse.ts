import { DOMParser, type Element } from '@xmldom/xmldom';

/**
 * A strict XML parser for the feed and sitemap tests: any error or warning (not well-formed, an undeclared
 * prefix, a bad entity) fails the test instead of being recovered from, as a real feed reader might not.
 */
export function parseXml(text: string): Element {
  const document = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'application/xml');
  const root = document.documentElement;
  if (!root) throw new Error('no root element');
  return root;
}

/** The direct children of `parent` named `name` in `namespace` (not every descendant, as getElementsByTagNameNS gives). */
export function childElements(parent: Element, namespace: string, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && node.namespaceURI === namespace && node.localName === name) found.push(node);
  }
  return found;
}

/** The one child `name`, failing the test when there is none or more than one. */
export function onlyChild(parent: Element, namespace: string, name: string): Element {
  const [child, ...others] = childElements(parent, namespace, name);
  if (!child || others.length > 0) throw new Error(`<${parent.tagName}> has ${others.length + (child ? 1 : 0)} <${name}>, expected exactly one`);
  return child;
}

export const textOf = (element: Element): string => element.textContent ?? '';

function isElement(node: { nodeType: number }): node is Element {
  return node.nodeType === 1;
}
