/** The Korean-capable font (Pretendard) bundled in the jar by the build, shared by charts, pages and PDFs. */
package com.moneywar.briefing.fonts;
