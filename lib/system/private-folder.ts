import { chmod, mkdir, stat } from "node:fs/promises";

/** Makes `folder` (created when missing) private to its owner (mode 700); true when it was not before. */
export async function makePrivateFolder(folder: string): Promise<boolean> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  if (((await stat(folder)).mode & 0o777) === 0o700) return false;
  await chmod(folder, 0o700);
  return true;
}
