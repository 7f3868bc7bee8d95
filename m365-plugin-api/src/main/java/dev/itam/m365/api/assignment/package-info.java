/**
 * Licence assignments as the tenant reports their states ({@code licenseAssignmentStates}): those
 * that failed or hold with an error, by Microsoft's error kinds (B-4). A group-based assignment the
 * tenant could not give because the SKU is full ({@link dev.itam.m365.api.assignment.AssignmentError#COUNT_VIOLATION})
 * is demand the seat count does not show.
 */
package dev.itam.m365.api.assignment;
