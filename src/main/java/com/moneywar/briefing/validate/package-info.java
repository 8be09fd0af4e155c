/** Checks the loaded briefing as a whole (references, translations, sums) and reports every problem at once. */
package com.moneywar.briefing.validate;
