package com.moneywar.briefing.site.view;

/**
 * What a page says of itself to link previews (Open Graph, Twitter cards) and search engines.
 *
 * @param type the Open Graph type: {@code article} for a briefing, {@code website} otherwise
 * @param description one or two sentences: a briefing's dek, else the site's tagline or the page's intro
 * @param image the absolute address of the page's 1200×630 preview image
 * @param imageAlt what that image shows, for readers who cannot see it
 * @param locale the page's locale as Open Graph writes it ({@code ko_KR}, {@code en_US})
 * @param jsonLd the page's schema.org description as JSON-LD ({@code NewsArticle}, {@code Dataset},
 *     {@code WebSite}…), ready to insert with {@code ?no_esc} in a {@code <script type="application/ld+json">}
 */
public record LinkPreview(String type, String description, String image, String imageAlt, String locale,
    String jsonLd) {}
