/**
 * The typed models the templates see: one record per template (the root of its data model) and
 * the records they hold. FreeMarker reads a record's components by name ({@code story.title}), so
 * every variable a template can use is a component here, and docs/templates.md lists exactly these
 * (a test compares the two).
 */
package com.moneywar.briefing.site.view;
