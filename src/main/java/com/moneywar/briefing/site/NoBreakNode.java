package com.moneywar.briefing.site;

import org.commonmark.node.CustomNode;

/**
 * A Korean word that must stay on one line, rendered as {@code <span class="nobr">}: its children
 * are the text and figures it is made of. See {@link KoreanWords}.
 */
final class NoBreakNode extends CustomNode {}
