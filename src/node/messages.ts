import type { Lang } from "../core/lang.js";
import type { Catalogue } from "../core/messages.js";
import type { FileErrorDetails } from "./types.js";

/** Why a file cannot be written, in words, for the system's codes a user can cause and mend; the code follows. */
const WRITE_REASONS: { readonly [L in Lang]: Readonly<Record<string, string>> } = {
  sv: {
    EISDIR: "det är en mapp",
    ENOTDIR: "en del av sökvägen är en fil, inte en mapp",
    ENOENT: "sökvägen leder inte till en mapp som finns eller kan skapas",
    EACCES: "behörighet saknas",
    EPERM: "behörighet saknas",
    EROFS: "filsystemet är skrivskyddat",
    ELOOP: "sökvägen har för många symboliska länkar",
    EEXIST: "det finns redan något med det namnet",
    EINVAL: "platsen tar inte emot filer",
    ENAMETOOLONG: "sökvägen är för lång",
    ENOSPC: "det finns inget utrymme kvar",
  },
  en: {
    EISDIR: "it is a directory",
    ENOTDIR: "a part of the path is a file, not a directory",
    ENOENT: "the path does not lead to a directory that exists or can be made",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "the file system is read-only",
    ELOOP: "the path has too many symbolic links",
    EEXIST: "something of that name exists already",
    EINVAL: "the place does not take files",
    ENAMETOOLONG: "the path is too long",
    ENOSPC: "no space is left",
  },
};

const writeReason = (lang: Lang, reason: string): string => {
  const words = Object.hasOwn(WRITE_REASONS[lang], reason) ? WRITE_REASONS[lang][reason] : undefined;
  return words === undefined ? reason : `${words} (${reason})`;
};

/** The messages of every {@link FileError}, in Swedish and English. */
export const fileErrorMessages: Catalogue<FileErrorDetails> = {
  sv: {
    file_not_found: (d) => `Filen ${d.file} finns inte.`,
    file_unreadable: (d) => `Filen ${d.file} kan inte läsas: ${d.reason}.`,
    file_unwritable: (d) => `Filen ${d.file} kan inte skrivas: ${writeReason("sv", d.reason)}.`,
    file_type_unsupported: (d) => `Filen ${d.file} kan inte läsas: filtypen ${d.reason} stöds inte.`,
  },
  en: {
    file_not_found: (d) => `The file ${d.file} does not exist.`,
    file_unreadable: (d) => `The file ${d.file} cannot be read: ${d.reason}.`,
    file_unwritable: (d) => `The file ${d.file} cannot be written: ${writeReason("en", d.reason)}.`,
    file_type_unsupported: (d) => `The file ${d.file} cannot be read: the file type ${d.reason} is not supported.`,
  },
};
