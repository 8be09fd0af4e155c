package com.moneywar.briefing.site;

/** The paths, from the site root, of the shared stylesheets and scripts, whose names carry a hash of their content. */
record SiteAssets(String css, String fontsCss, String searchJs, String tablesJs) {}
