/** The {@code briefing} command line: build and check. */
package com.moneywar.briefing.cli;
