/**
 * Where each laid-out line comes from. Every text leaf and image of one layout is named by pdfmake's
 * node `id`, which pdfmake copies into the lines it lays out; the registry of that layout turns the id
 * back into the block, row, column and cell part of the model the node was translated from.
 */

/** Where a laid-out line comes from: block index over the whole document, row and column in a grid or table, cell part. */
export interface Tag {
  block: number;
  row: number;
  column?: number;
  part: 'label' | 'colon' | 'marker' | 'text';
}

const PREFIX = 'naskah-';

export class Tags {
  private readonly tags: Tag[] = [];

  /** A new id for a node translated from `tag`: pdfmake wants ids unique, and a repeated header row is a node of its own. */
  id(tag: Tag): string {
    this.tags.push(tag);
    return `${PREFIX}${this.tags.length - 1}`;
  }

  /** The tag of a laid-out line or image by its id; none for what the model did not name (page numbers, catchwords). */
  of(id: unknown): Tag | undefined {
    return typeof id === 'string' && id.startsWith(PREFIX) ? this.tags[Number(id.slice(PREFIX.length))] : undefined;
  }
}
