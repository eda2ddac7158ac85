/** Reading WordprocessingML elements: their children, their `w:` attributes, their on/off properties. */
import type { XmlElement } from 'xmldoc';

export function elements(node: XmlElement): XmlElement[] {
  return node.children.filter((child): child is XmlElement => child.type === 'element');
}

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attr[`w:${name}`];
}

/** An on/off property such as <w:i/> or <w:b w:val="0"/>. */
export function isOn(element: XmlElement | undefined): boolean {
  return !!element && !['0', 'false', 'off'].includes(attribute(element, 'val') ?? '');
}
