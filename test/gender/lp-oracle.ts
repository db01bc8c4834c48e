import GLPK from "glpk.js/node";
import type { CellValue, Disaggregated } from "../../src/gender/index.js";

/**
 * An independent oracle for small-number protection, sharing nothing with the implementation: GLPK's simplex
 * (glpk.js) solves, for each suppressed cell, max and min of the cell subject to every margin (the total for a
 * value by sex; each sex's row and each band's column for a value by sex and age), every published cell and
 * x ≥ 0. A cell that arrives suppressed is taken as 0 in the margins, as the implementation documents.
 */
const glpk = await GLPK();

export interface Bounds {
  lower: number;
  upper: number;
}

const countOf = (c: CellValue): number => ("value" in c ? c.value : 0);

/** The margins of a value as lists of cell indexes. */
export function margins(v: Disaggregated): number[][] {
  const all = v.cells.map((_, i) => i);
  if (v.cells[0]?.age === undefined) return [all];
  const by = (key: (c: CellValue) => string): number[][] => {
    const groups = new Map<string, number[]>();
    for (const i of all) groups.set(key(v.cells[i] as CellValue), [...(groups.get(key(v.cells[i] as CellValue)) ?? []), i]);
    return [...groups.values()];
  };
  return [...by((c) => `s:${c.sex}`), ...by((c) => `a:${c.age}`)];
}

/** The interval of every suppressed cell of `hidden`, given the original values `v`. */
export function lpBounds(v: Disaggregated, hidden: readonly boolean[]): Map<number, Bounds> {
  const name = (i: number): string => `x${i}`;
  const fixed = v.cells.flatMap((c, i) =>
    hidden[i] ? [] : [{ name: `p${i}`, vars: [{ name: name(i), coef: 1 }], bnds: { type: glpk.GLP_FX, lb: countOf(c), ub: countOf(c) } }],
  );
  const sums = margins(v).map((line, k) => {
    const sum = line.reduce((s, i) => s + countOf(v.cells[i] as CellValue), 0);
    return { name: `m${k}`, vars: line.map((i) => ({ name: name(i), coef: 1 })), bnds: { type: glpk.GLP_FX, lb: sum, ub: sum } };
  });
  const bounds = v.cells.map((_, i) => ({ name: name(i), type: glpk.GLP_LO, lb: 0, ub: 0 }));
  const solve = (i: number, direction: number): number => {
    const result = glpk.solve(
      { name: "bound", objective: { direction, name: "z", vars: [{ name: name(i), coef: 1 }] }, subjectTo: [...fixed, ...sums], bounds },
      { msglev: glpk.GLP_MSG_OFF },
    );
    if (result.result.status !== glpk.GLP_OPT) throw new Error(`GLPK status ${result.result.status}`);
    return Math.round(result.result.z * 1e6) / 1e6;
  };
  const out = new Map<number, Bounds>();
  hidden.forEach((h, i) => {
    if (h) out.set(i, { lower: solve(i, glpk.GLP_MIN), upper: solve(i, glpk.GLP_MAX) });
  });
  return out;
}

/**
 * The rules of docs/gender.md, written again from the text: a cell is primary when it is from 1 to threshold − 1,
 * arrives suppressed, or lies in a margin whose sum is from 1 to threshold − 1; its width is the protection
 * width, or its smallest margin's sum when that is less (a margin with a cell that arrives suppressed, and the
 * free side of a value by sex only, do not limit it).
 */
export function rules(v: Disaggregated, threshold: number, width: number): { primary: boolean[]; widths: number[] } {
  const lines = margins(v);
  const small = (x: number): boolean => x > 0 && x < threshold;
  const sumOf = (line: number[]): number =>
    line.some((i) => "suppressed" in (v.cells[i] as CellValue))
      ? Number.POSITIVE_INFINITY
      : line.reduce((s, i) => s + countOf(v.cells[i] as CellValue), 0);
  const linesOf = (i: number): number[][] => lines.filter((line) => line.includes(i));
  const primary = v.cells.map((c, i) => "suppressed" in c || small(c.value) || linesOf(i).some((line) => small(sumOf(line))));
  const widths = v.cells.map((_, i) => Math.min(width, ...linesOf(i).map(sumOf)));
  return { primary, widths };
}
