/** Renders the model into HTML pages and print XHTML through the user's FreeMarker templates. */
package com.moneywar.briefing.site;
