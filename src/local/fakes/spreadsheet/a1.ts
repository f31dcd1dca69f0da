// A1 notation <-> coordinates. Open-ended forms ('A:B', '2:5', 'A2:B') extend to the sheet's edge.

export interface Box { row: number; col: number; numRows: number; numCols: number }

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

const REF = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses 'B2', 'A1:C3', 'A:A', '1:3', 'A2:C' (an optional 'Sheet'! prefix is stripped). Null if invalid. */
export function parseA1(a1: string, maxRows: number, maxCols: number): Box | null {
  const body = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  const [startText, endText = startText] = body.trim().split(':');
  const start = REF.exec(startText);
  const end = REF.exec(endText);
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) return null;
  const c1 = start[1] ? columnNumber(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? columnNumber(end[1]) : maxCols;
  const r2 = end[2] ? Number(end[2]) : maxRows;
  if (r1 < 1 || r2 < 1 || !body.includes(':') && (!start[1] || !start[2])) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function toA1(box: Box): string {
  const first = `${columnLetter(box.col)}${box.row}`;
  if (box.numRows === 1 && box.numCols === 1) return first;
  return `${first}:${columnLetter(box.col + box.numCols - 1)}${box.row + box.numRows - 1}`;
}
