/** Runs the pipeline (load, validate, render, publish) and swaps the finished site into place. */
package com.moneywar.briefing.pipeline;
