package com.moneywar.briefing.site.view;

/**
 * The root of one template's data model. A site page's root carries the {@link PageFrame} every
 * page shares; its components are seen at the top level beside the page's own ({@code ${title}},
 * not {@code ${frame.title}}).
 */
public sealed interface TemplateRoot
    permits TemplateRoot.Framed, Feed, Entrance, Sitemap, MailEdition {

  /** The template that renders this model, such as {@code home.ftlh}. */
  String template();

  /** A root that sits inside the site's frame (masthead, navigation, language switch). */
  sealed interface Framed extends TemplateRoot permits HomePage, BriefingPage, ArchivePage, DataPage, SourcesPage,
      SearchPage, PrintDocument, CompanyPage, CompaniesIndex {
    PageFrame frame();
  }
}
