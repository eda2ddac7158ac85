/**
 * The watermark of every page's header: Word's WordArt watermark, drawn as the outline of its
 * letters. docx's TextWatermark can only fill the letters, so the outline and the shape's id
 * (random in docx; it only has to differ between headers) are set on its shape's attributes, as
 * docx-stable.ts sets other values: never in the XML text.
 */
import { TextWatermark } from 'docx/watermarks';
import type { Watermark } from '../layout/model';
import { childrenOf, findComponents, type Component } from './docx-stable';

/** Word tells a text watermark by this prefix of its shape's id. */
const WATERMARK_ID_PREFIX = 'PowerPlusWaterMarkObject';

export function outlinedWatermark(watermark: Watermark, font: string, width: number, headerNumber: number): TextWatermark {
  const shape = new TextWatermark({ text: watermark.text, font, color: watermark.color, width: Math.round(width) });
  const attributes = shapeAttributes(shape);
  attributes.id.value = `${WATERMARK_ID_PREFIX}${headerNumber}`;
  attributes.filled.value = 'f';
  attributes.stroked.value = 't';
  attributes.strokeColor.value = `#${watermark.color}`;
  attributes.strokeWeight.value = `${watermark.outline}pt`;
  return shape;
}

type Attribute = { key: string; value?: unknown };

function shapeAttributes(watermark: TextWatermark): Record<'id' | 'filled' | 'stroked' | 'strokeColor' | 'strokeWeight', Attribute> {
  const [shape] = findComponents(watermark, 'v:shape');
  const attributes = shape && (childrenOf(shape).find((child) => (child as Component).rootKey === '_attr') as Component | undefined);
  const values = attributes?.root as Record<string, Attribute> | undefined;
  for (const name of ['id', 'filled', 'stroked', 'strokeColor', 'strokeWeight']) {
    if (!values?.[name]) throw new Error(`docx: watermark shape attribute ${name} not found`);
  }
  return values as Record<'id' | 'filled' | 'stroked' | 'strokeColor' | 'strokeWeight', Attribute>;
}
