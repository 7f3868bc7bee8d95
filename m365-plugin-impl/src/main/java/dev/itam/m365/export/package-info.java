/**
 * Exports of the plugin's lists as CSV and XLSX for spreadsheet programs: one description of a
 * table's columns, written row by row as it is read (a licence's 100,000 consumers never sit in
 * memory at once), with every text cell a spreadsheet would run as a formula defused. The REST
 * resources of the other features describe their tables and hand their rows over.
 */
package dev.itam.m365.export;
