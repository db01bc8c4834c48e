import type { Catalogue } from "../core/messages.js";
import type { FileErrorDetails } from "./types.js";

/** The messages of every {@link FileError}, in Swedish and English. */
export const fileErrorMessages: Catalogue<FileErrorDetails> = {
  sv: {
    file_not_found: (d) => `Filen ${d.file} finns inte.`,
    file_unreadable: (d) => `Filen ${d.file} kan inte läsas: ${d.reason}.`,
    file_unwritable: (d) => `Filen ${d.file} kan inte skrivas: ${d.reason}.`,
    file_type_unsupported: (d) => `Filen ${d.file} kan inte läsas: filtypen ${d.reason} stöds inte.`,
  },
  en: {
    file_not_found: (d) => `The file ${d.file} does not exist.`,
    file_unreadable: (d) => `The file ${d.file} cannot be read: ${d.reason}.`,
    file_unwritable: (d) => `The file ${d.file} cannot be written: ${d.reason}.`,
    file_type_unsupported: (d) => `The file ${d.file} cannot be read: the file type ${d.reason} is not supported.`,
  },
};
