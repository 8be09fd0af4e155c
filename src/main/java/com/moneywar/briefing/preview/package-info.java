/**
 * Link-preview images: one 1200×630 PNG per briefing and language (title, date, one headline
 * figure), drawn in the bundled font so Korean shows as Korean, with the same bytes on every build.
 */
package com.moneywar.briefing.preview;
