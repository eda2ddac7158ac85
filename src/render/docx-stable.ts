/**
 * Fixed values for what the docx library fills from the clock or from random numbers, so that
 * rendering the same model twice gives the same bytes. The library has no option for them, so
 * the values are set on its component objects before they are serialised (never in the XML text):
 * each component keeps its element name in `rootKey` and its children (or, for an attribute
 * set, the attributes) in `root`. A docx upgrade that changes this fails here loudly.
 */
import type { Document } from 'docx';

export interface Component {
  rootKey?: string;
  root?: unknown;
}

/** All components named `rootKey` in the tree under `node`. */
export function findComponents(node: unknown, rootKey: string): Component[] {
  const component = node as Component;
  if (!component || typeof component !== 'object') return [];
  const found = component.rootKey === rootKey ? [component] : [];
  const children = Array.isArray(component.root) ? component.root : [];
  return found.concat(children.flatMap((child) => findComponents(child, rootKey)));
}

export function childrenOf(component: Component): unknown[] {
  if (!Array.isArray(component.root)) throw new Error(`docx: unexpected structure of ${component.rootKey}`);
  return component.root;
}

/** dcterms:created and dcterms:modified, which docx stamps with the current time. */
export function setCoreDates(file: Document, isoDateTime: string): void {
  const timestamps = ['dcterms:created', 'dcterms:modified'].flatMap((name) => findComponents(file.CoreProperties, name));
  if (timestamps.length !== 2) throw new Error('docx: core property timestamps not found');
  for (const timestamp of timestamps) {
    timestamp.root = childrenOf(timestamp).map((value) => (typeof value === 'string' ? isoDateTime : value));
  }
}
