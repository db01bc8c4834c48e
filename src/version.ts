/**
 * The version of andt-plan, as written in its package.json.
 *
 * @example
 * ```ts
 * import { VERSION } from "andt-plan";
 * console.log(`andt-plan ${VERSION}`);
 * ```
 */
export const VERSION: string = __ANDT_PLAN_VERSION__;
