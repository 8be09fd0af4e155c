/**
 * The {@code briefing} command line: {@code build}, {@code check}, {@code init}, {@code serve} and
 * {@code help}, with their options, exit codes and the way problems and progress are printed.
 */
package com.moneywar.briefing.cli;
