// An XLSX whose cells never close: a few KB packed, megabytes of XML unpacked. The
// formula scan once went back over the rest of the sheet from every cell.
import { strToU8, unzipSync, zipSync } from "fflate";
import writeXlsxFile from "write-excel-file/node";

export async function hostileXlsx(unpackedMb: number): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await writeXlsxFile([[{ value: "measure_id" }, { value: "town_id" }]]).toBuffer()));
  const cell = '<c r="A1" t="inlineStr"><is><t>x</t></is>';
  const body = cell.repeat(Math.floor((unpackedMb * 1e6) / cell.length));
  files["xl/worksheets/sheet1.xml"] = strToU8(
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${body}</row></sheetData></worksheet>`,
  );
  return zipSync(files, { level: 9 });
}

/** A well-formed XLSX of `rows` × `cols` cells (numbers, or a line of text each): heavy to parse, small to send. */
export async function gridXlsx(rows: number, cols: number, text = false): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await writeXlsxFile([[{ value: "measure_id" }, { value: "town_id" }]]).toBuffer()));
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells = Array.from({ length: cols }, (_, c) => {
      const ref = `${String.fromCharCode(65 + (c % 26))}${r}`;
      return text ? `<c r="${ref}" t="inlineStr"><is><t>п. ${r}.${c}</t></is></c>` : `<c r="${ref}"><v>${r}</v></c>`;
    });
    body.push(`<row r="${r}">${cells.join("")}</row>`);
  }
  files["xl/worksheets/sheet1.xml"] = strToU8(
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join("")}</sheetData></worksheet>`,
  );
  return zipSync(files, { level: 9 });
}
