/** Draws the briefing's charts with XChart as deterministic SVG, in each language. */
package com.moneywar.briefing.chart;
