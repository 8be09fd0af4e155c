package com.moneywar.briefing.build;

/** What a finished build wrote: counts and total size. */
public record BuildSummary(int pages, int charts, int pdfs, long bytes) {}
