/** Builds the site's search index from the model: Korean by character bigrams, English by light stems, split into shards by term. */
package com.moneywar.briefing.search;
