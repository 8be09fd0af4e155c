package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Origins;

/** A briefing as loaded, not yet checked as a whole, with where each value came from. */
public record LoadedProject(Briefing briefing, Origins origins) {}
