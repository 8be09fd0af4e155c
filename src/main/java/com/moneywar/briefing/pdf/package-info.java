/** Turns print XHTML into an accessible, reproducible PDF edition with openhtmltopdf. */
package com.moneywar.briefing.pdf;
