import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ObservationSetSchema } from "../../../src/model/observation.js";
import { PlanSchema } from "../../../src/model/plan.js";
import { checkerOf, INVALID, UNDECIDED } from "../../../src/parse/internal/compiled-check.js";

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), "utf8"));

describe("checkerOf", () => {
  it("gives the Kronoberg plan back as it is: zod would give an equal plan, keys in the same order", () => {
    const plan = read("kronoberg-2017-2021.json");
    expect(checkerOf(PlanSchema)(plan)).toBe(plan);
    expect(checkerOf(PlanSchema)).toBe(checkerOf(PlanSchema));
  });

  it("puts the keys of an object in zod's order (the shape's), copying only the objects and arrays on the way to it", () => {
    const set = read("kronoberg-2017-2019.observations.invented.json") as { observations: { bySex?: { cells: object[] } }[] };
    const cell = set.observations[182]?.bySex?.cells[0] as object;
    expect(Object.keys(cell)).toEqual(["age", "sex", "value"]);
    const output = checkerOf(ObservationSetSchema)(set) as typeof set;
    expect(output).not.toBe(set);
    expect(output.observations).not.toBe(set.observations);
    expect(output.observations[0]).toBe(set.observations[0]);
    expect(Object.keys(output.observations[182]?.bySex?.cells[0] as object)).toEqual(["sex", "age", "value"]);
    expect(JSON.stringify(output)).toBe(JSON.stringify(ObservationSetSchema.parse(set)));
  });

  it("refuses what zod refuses: a year below 1900, a sex not in the list, a date that does not exist", () => {
    const set = (observation: object) => ({
      kind: "observation_set",
      formatVersion: 1,
      plan: "p",
      observations: [{ indicator: "A.1-1", ...observation }],
    });
    expect(checkerOf(ObservationSetSchema)(set({ year: 1900 }))).toEqual(set({ year: 1900 }));
    expect(checkerOf(ObservationSetSchema)(set({ year: 1899 }))).toBe(INVALID);
    expect(checkerOf(ObservationSetSchema)(set({ year: 2018, bySex: { cells: [{ sex: "okänd", value: 1 }] } }))).toBe(INVALID);
    expect(checkerOf(ObservationSetSchema)(set({ year: 2018, doneOn: "2018-02-29" }))).toBe(INVALID);
    expect(checkerOf(ObservationSetSchema)(set({ year: 2020, doneOn: "2020-02-29" }))).toEqual(set({ year: 2020, doneOn: "2020-02-29" }));
  });

  it("checks a string or number with one, two or more checks as zod does, and leaves an asynchronous check to zod", () => {
    const one = checkerOf(z.string().regex(/^a/));
    expect([one("ab"), one("ba"), one(1)]).toEqual(["ab", INVALID, INVALID]);
    const two = checkerOf(z.number().gte(1).lte(3));
    expect([two(1), two(3), two(0), two(4), two(Number.NaN), two(Number.POSITIVE_INFINITY), two("2")]).toEqual([
      1,
      3,
      INVALID,
      INVALID,
      INVALID,
      INVALID,
      INVALID,
    ]);
    const three = checkerOf(z.number().int().gte(1900).lte(2200));
    expect([three(1900), three(2200), three(2017.5), three(1899), three(2201)]).toEqual([1900, 2200, INVALID, INVALID, INVALID]);
    const later = checkerOf(z.string().check(z.refine(async () => true)));
    expect(later("x")).toBe(UNDECIDED);
    const laterSecond = checkerOf(
      z
        .string()
        .min(1)
        .check(z.refine(async () => true)),
    );
    expect([laterSecond(""), laterSecond("x")]).toEqual([INVALID, UNDECIDED]);
  });

  it("gives the output of the first option of a union that accepts, and refuses a tag no option has", () => {
    const union = z.union([z.looseObject({ a: z.number().min(1) }), z.looseObject({ b: z.string(), a: z.number() })]);
    const value = { a: 0, b: "x" };
    const output = checkerOf(union)(value);
    expect(Object.keys(output as object)).toEqual(["b", "a"]);
    expect(output).toEqual(union.parse(value));
    const tagged = z.discriminatedUnion("kind", [
      z.looseObject({ kind: z.literal("a") }),
      z.looseObject({ kind: z.literal("b"), n: z.number() }),
    ]);
    expect(checkerOf(tagged)({ kind: "c" })).toBe(INVALID);
    expect(checkerOf(tagged)({ kind: "b" })).toBe(INVALID);
    expect(checkerOf(tagged)({ kind: "b", n: 1 })).toEqual({ kind: "b", n: 1 });
  });

  it("leaves to zod what it cannot tell: a key zod drops, a default, a transform, an overwrite, another prototype", () => {
    expect(checkerOf(z.object({ a: z.string() }))({ a: "x", b: 1 })).toBe(UNDECIDED);
    expect(checkerOf(z.strictObject({ a: z.string() }))({ a: "x", b: 1 })).toBe(INVALID);
    expect(checkerOf(z.looseObject({ a: z.string().default("y") }))({})).toBe(UNDECIDED);
    expect(checkerOf(z.string().transform((s) => s.length))("x")).toBe(UNDECIDED);
    expect(checkerOf(z.string().trim())(" x")).toBe(UNDECIDED);
    expect(checkerOf(z.looseObject({ a: z.string() }))(Object.assign(Object.create(null) as object, { a: "x" }))).toBe(UNDECIDED);
  });

  it("runs a schema that is a check itself (z.int(), z.email()) as zod does", () => {
    expect(checkerOf(z.int())(2)).toBe(2);
    expect(checkerOf(z.int())(1.5)).toBe(INVALID);
    expect(checkerOf(z.int())(2 ** 53)).toBe(INVALID);
    expect(checkerOf(z.email())("a@b.se")).toBe("a@b.se");
    expect(checkerOf(z.email())("a b")).toBe(INVALID);
  });

  it("keeps an optional field set to undefined, as zod does, and refuses a required one absent", () => {
    const schema = z.looseObject({ a: z.string(), b: z.number().optional() });
    const value = { a: "x", b: undefined };
    expect(checkerOf(schema)(value)).toBe(value);
    expect(Object.keys(schema.parse(value))).toEqual(["a", "b"]);
    expect(checkerOf(schema)({ b: 1 })).toBe(INVALID);
  });
});
