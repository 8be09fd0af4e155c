/**
 * The build cache: outputs that are costly to make (charts, PDF editions, preview images), kept in a
 * folder between builds and found again by a hash of everything they are made from.
 */
package com.moneywar.briefing.cache;
