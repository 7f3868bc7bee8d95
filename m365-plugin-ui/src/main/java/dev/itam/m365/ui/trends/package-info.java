/** Trends: a licence's seats over time with its forecast, and its portal's monthly costs. */
package dev.itam.m365.ui.trends;
