/**
 * Draws the charts declared in {@code data/charts.csv} with XChart as deterministic SVG, in each
 * language, with the words that go around them: caption notes, source line, alt text and table.
 */
package com.moneywar.briefing.chart;
