/** Exact money amounts, currency conversion and press-style formatting per language; pure functions. */
package com.moneywar.briefing.money;
