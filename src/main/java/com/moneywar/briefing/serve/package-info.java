/** The preview server: builds, serves the output on loopback, rebuilds on change and reloads open pages. */
package com.moneywar.briefing.serve;
