import { DOMImplementation, XMLSerializer, type Element } from '@xmldom/xmldom';

/**
 * XML documents (the feeds and the sitemap) built as a DOM and serialized by @xmldom/xmldom, never by
 * concatenating strings: escaping, namespaces and well-formedness are the serializer's job, so a headline
 * with `&` or `<` cannot break a feed.
 */
export interface XmlElement {
  name: string;
  /** The element's namespace; a prefixed name (`xhtml:link`) must be in a namespace declared on the root. */
  namespace: string;
  attributes?: Record<string, string>;
  children?: ReadonlyArray<XmlElement | string>;
}

export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

/**
 * The serialized document, with an XML declaration (UTF-8, the encoding every file of the site is in).
 * `prefixes` are declared once on the root (`{ xhtml: 'http://www.w3.org/1999/xhtml' }`) rather than on
 * every element that uses them. An `xml:lang` attribute is put in the XML namespace, as XML requires.
 */
export function xmlDocument(root: XmlElement, prefixes: Record<string, string> = {}): string {
  const document = new DOMImplementation().createDocument(root.namespace, root.name, null);
  const build = (element: Element, node: XmlElement): void => {
    for (const [name, value] of Object.entries(node.attributes ?? {})) {
      if (name.startsWith('xml:')) element.setAttributeNS(xmlNamespace, name, value);
      else element.setAttribute(name, value);
    }
    for (const child of node.children ?? []) {
      if (typeof child === 'string') {
        element.appendChild(document.createTextNode(child));
      } else {
        const childElement = document.createElementNS(child.namespace, child.name);
        build(childElement, child);
        element.appendChild(childElement);
      }
    }
  };
  const rootElement = document.documentElement;
  if (!rootElement) throw new Error(`could not create the <${root.name}> document`);
  for (const [prefix, namespace] of Object.entries(prefixes)) rootElement.setAttributeNS(xmlnsNamespace, `xmlns:${prefix}`, namespace);
  build(rootElement, root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`;
}
