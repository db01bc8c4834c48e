import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** The files given, with each directory replaced by the `.json` files in it, in name order. */
export async function expandDirectories(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isDirectory = await stat(path).then(
      (stats) => stats.isDirectory(),
      // A path that cannot be stat'ed is read as a file, whose reading then reports why.
      () => false,
    );
    if (!isDirectory) files.push(path);
    else {
      const names = (await readdir(path)).filter((name) => name.endsWith(".json")).sort();
      for (const name of names) files.push(join(path, name));
    }
  }
  return files;
}
