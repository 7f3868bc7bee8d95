/** Recording the changes of an import's merge and of a recalculation, and reading them. */
package dev.itam.m365.changes.application;
