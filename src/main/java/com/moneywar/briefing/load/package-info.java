/** Reads config, CSV tables and Markdown texts into typed records, reporting each bad input with its position. */
package com.moneywar.briefing.load;
