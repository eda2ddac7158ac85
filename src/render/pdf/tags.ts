/**
 * Where each laid-out line comes from. Every text leaf and image of one layout is named by an id
 * (TAG_ID), which the engine copies into the lines it lays out (an image is laid out as its node);
 * the registry of that layout turns the id back into the block, row, column and cell part of the
 * model the node was translated from.
 */

/** Where a laid-out line comes from: block index over the whole document, row and column in a grid or table, cell part. */
export interface Tag {
  block: number;
  row: number;
  column?: number;
  part: 'label' | 'colon' | 'marker' | 'text';
}

/**
 * The property of a text leaf or image node, and of the lines laid out from it, that holds its id. Not pdfmake's
 * own `id`: for that pdfmake keeps a reference to every node for the whole layout and writes each line's id into
 * the PDF as a named destination.
 */
export const TAG_ID = 'naskahId';

export class Tags {
  private readonly tags: Tag[] = [];

  /** A new id for a node translated from `tag`: its index in this layout's registry (a repeated header row is a node of its own). */
  id(tag: Tag): number {
    return this.tags.push(tag) - 1;
  }

  /** The tag of a laid-out line or image by its id; none for what the model did not name (page numbers, catchwords). */
  of(id: unknown): Tag | undefined {
    return typeof id === 'number' ? this.tags[id] : undefined;
  }
}
