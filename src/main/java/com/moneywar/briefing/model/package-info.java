/** The briefing as immutable records: facts, texts and config in both languages, with no I/O. */
package com.moneywar.briefing.model;
