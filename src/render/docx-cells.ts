/**
 * Table cells built once per distinct content and shared. A schedule table repeats a few cells (the
 * empty month cells) a thousand times, and the decrees of a batch repeat whole activity rows; docx
 * would build each of them anew and work out the same XML for every one.
 *
 * Sharing relies on what docx 9.15 does with a cell: a table only gives a width to cells without
 * one, a row adds keepNext to a copy of its cells' XML, and the XML is written without being
 * changed. The XML of a cell of text does not depend on the document it is in (hex colours, no
 * numbering, links or images), so one prepared XML serves every document.
 */
import { TableCell, type IContext, type ITableCellOptions, type IXmlableObject } from 'docx';

/**
 * A decree's schedule has a few hundred distinct cells, each kept at some 7 kB; a cache starts over
 * beyond this many, so that a long batch of different decrees does not keep them all.
 */
const MAX_SHARED_CELLS = 2048;

/** A cell whose XML docx works out the first time it is written, and reuses after. */
class PreparedOnceCell extends TableCell {
  private prepared: IXmlableObject | undefined;

  override prepForXml(context: IContext): IXmlableObject | undefined {
    this.prepared ??= super.prepForXml(context);
    return this.prepared;
  }
}

/**
 * Cells made by `options`, one per distinct spec, kept across renders. `options` must depend on
 * its spec only, and a spec must be plain JSON, as it is the key of its cell.
 */
export function sharedCells<Spec>(options: (spec: Spec) => ITableCellOptions): (spec: Spec) => TableCell {
  const cells = new Map<string, TableCell>();
  return (spec) => {
    const key = JSON.stringify(spec);
    let cell = cells.get(key);
    if (!cell) {
      if (cells.size >= MAX_SHARED_CELLS) cells.clear();
      cell = new PreparedOnceCell(options(spec));
      cells.set(key, cell);
    }
    return cell;
  };
}
