// Writes the CSV test files of this directory byte for byte: `node test/observations/data/make-csv-files.mjs`.
// The files are committed; this script says exactly which bytes they hold (BOM, line endings, encoding),
// which an editor would hide or change. All numbers are invented.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
const write = (name, bytes) => writeFileSync(join(dir, name), bytes);
const utf8 = (text) => Buffer.from(text, "utf8");

// Windows-1252 for the characters these files use; anything else is a mistake in this script.
const CP1252 = { å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ä: 0xc4, Ö: 0xd6, "–": 0x96 };
function windows1252(text) {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (char in CP1252) return CP1252[char];
      throw new Error(`no Windows-1252 byte for ${char}`);
    }),
  );
}

// Swedish Excel: UTF-8 with BOM, semicolons, CRLF, decimal comma, no-break space between thousands.
const sv = [
  "Indikator;Aktivitet;År;Antal;Täljare;Nämnare;Genomförd;Kvinnor;Män;Flickor;Pojkar;Kommun;Källa;Kommentar",
  'F.1-1;F.1;2018;1\u00a0234;;;;600;..;300;;;Deltagarlistor;"Två utbildningar; en i Växjö"',
  "F.1-1;F.1;2019;0;;;;;;;;;Deltagarlistor;Inga utbildningar i år",
  'F.1-1;F.1;2020;;;;;;;;;;;"Uppgift saknas:\r\nlistorna kom bort"',
  "",
  "1.1-2;1.1;2018;12,5;;;;;;;;;Länsrapporten;",
  "F.3-1;F.3;2019;;3;10;;;;;;Växjö;Enkät;",
  "F.3-1;;2019;;2;5;;;;;;0781;Enkät;",
  "1.1-1;1.1;2017;;;;ja;;;;;;;Beslutad av ledningsgruppen",
];
write("sv-semikolon-bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(`${sv.join("\r\n")}\r\n`)]));

// English headers, commas, LF, no BOM; a decimal comma must then be quoted.
const en = [
  "indicator,activity,year,value,women,men,done,done_on,text,source,comment",
  'F.1-1,F.1,2018,23,14,9,,,,Attendance lists,"Two sessions, one in Växjö"',
  '1.1-2,,2018,"12,5",,,,,,,',
  "1.1-1,1.1,2017,,,,yes,2017-11-20,,,",
  'F.1-2,F.1,2018,,,,,,"Compiled, sent to the board",,',
  "F.2-1,F.2,2019,10,,,,,,,",
];
write("en-comma.csv", utf8(`${en.join("\n")}\n`));

// Excel's "CSV (semikolonavgränsad)" on Swedish Windows: Windows-1252 (ANSI), CRLF.
const ansi = [
  "Indikator;År;Antal;Kommentar",
  "F.1-1;2018;5;Möte på Länsstyrelsen i Växjö – även för äldre",
  "F.2-1;2018;10;Träffar i Älmhult och Ljungby",
];
write("windows-1252.csv", windows1252(`${ansi.join("\r\n")}\r\n`));

// Tab-separated, as copied out of a spreadsheet.
const tab = ["indicator\tyear\tvalue\tcomment", "F.2-1\t2018\t10\tMeetings", 'F.2-1\t2019\t8\t"Quoted\ttab; and, commas"'];
write("tab.tsv", utf8(`${tab.join("\n")}\n`));

// Every kind of mistake, one per line (line numbers in the comments of from-csv.test.ts).
const broken = [
  "Indikator;År;Antal;Täljare;Nämnare;Genomförd;Redovisning;Kvinnor;Män;Kommun;Kommentar;Område",
  "F.1-1;2018;12;;;;;5;4;;ok;Norr",
  ";2018;3;;;;;;;;;",
  "F.1-1;18;3;;;;;;;;;",
  "F.1-1;2019;12 st;;;;;;;;;",
  "F.1-1;2020;-2;;;;;;;;;",
  "X.9-9;2019;1;;;;;;;;;",
  "F.1-1;2022;1;;;;;;;;;",
  "F.1-1;2017;10;;;;;8;7;;;",
  "F.3-1;2018;;9;4;;;;;;;",
  "1.1-1;2018;;;;kanske;;;;;;",
  "F.1-1;2021;3;;;;;;;Småland;;",
  'F.1-1;2021;4;;;;;;;0780;"Kommentar med ; och\nradbrytning";',
  "F.2-1;2018;2;;;;;;;;;;extra",
  "F.1-1;2018;2;;;;;;;;;Söder",
  "F.2-1;2019;;;;ja;;;;;;",
  "F.2-1;2020;;;;;Inga träffar, se protokoll;;;;;",
  "F.3-2;2019;;;;;;;;0180;;",
  "F.3-2;2019;;;;;;;;0799;;",
  "F.3-2;2020;;;;;;3;;0781;;",
  "F.3-2;2021;;;;;;;;0780;Växjö;",
  "F.3-2;2021;;;;;;;;0781;Ljungby;",
  "1.1-2;2019;..;;;;;;;;;",
  "",
  '1.1-3;2019;1;;;;;;;;"utan slut;',
  "F.2-1;2021;5;;;;;;;;;",
];
write("broken.csv", utf8(`${broken.join("\n")}\n`));
