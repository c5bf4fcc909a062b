/* atlas-sections.c: how the sections of a profile are named and drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-sections"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-note.h"
#include "atlas-sections.h"
#include "atlas-text.h"

/* The icons are bundled in the resources (resources/icons/README.md) */
static const struct {
  const char *title;
  const char *icon_name;
} sections[ATLAS_N_SECTIONS] = {
  [ATLAS_SECTION_OVERVIEW] = { N_("Overview"), "atlas-overview-symbolic" },
  [ATLAS_SECTION_EDUCATION] = { N_("Education"), "atlas-education-symbolic" },
  [ATLAS_SECTION_LAW_ENFORCEMENT] = { N_("Law Enforcement"), "atlas-law-enforcement-symbolic" },
  [ATLAS_SECTION_ORGANIZATIONS] = { N_("Organizations"), "atlas-organizations-symbolic" },
  [ATLAS_SECTION_RESEARCH] = { N_("Research"), "atlas-research-symbolic" },
  [ATLAS_SECTION_LEGISLATION] = { N_("Legislation"), "atlas-legislation-symbolic" },
  [ATLAS_SECTION_TIMELINE] = { N_("Timeline"), "atlas-timeline-symbolic" },
};

/**
 * atlas_section_get_title:
 *
 * Returns: the translated title of @section, as in the sidebar
 */
const char *
atlas_section_get_title (AtlasSection section)
{
  g_return_val_if_fail (section < ATLAS_N_SECTIONS, NULL);

  return _(sections[section].title);
}

const char *
atlas_section_get_icon_name (AtlasSection section)
{
  g_return_val_if_fail (section < ATLAS_N_SECTIONS, NULL);

  return sections[section].icon_name;
}

/**
 * atlas_section_get_name:
 *
 * Returns: the stable name of @section ("law-enforcement"), used for page
 *   names, actions and settings
 */
const char *
atlas_section_get_name (AtlasSection section)
{
  return atlas_enum_to_nick (ATLAS_TYPE_SECTION, section);
}

gboolean
atlas_section_from_name (const char   *name,
                         AtlasSection *section)
{
  int value;

  if (name == NULL || !atlas_enum_from_nick (ATLAS_TYPE_SECTION, name, &value))
    return FALSE;

  *section = value;
  return TRUE;
}

/**
 * atlas_section_format_count:
 *
 * Returns: (transfer full): how many items @section has, in words:
 *   "4 statistics", "31 publications"
 */
char *
atlas_section_format_count (AtlasSection section,
                            guint        n_items)
{
  switch (section)
    {
    case ATLAS_SECTION_OVERVIEW:
      return g_strdup_printf (ngettext ("%u statistic", "%u statistics", n_items), n_items);
    case ATLAS_SECTION_EDUCATION:
      return g_strdup_printf (ngettext ("%u initiative", "%u initiatives", n_items), n_items);
    case ATLAS_SECTION_LAW_ENFORCEMENT:
      return g_strdup_printf (ngettext ("%u police unit", "%u police units", n_items), n_items);
    case ATLAS_SECTION_ORGANIZATIONS:
      return g_strdup_printf (ngettext ("%u organization", "%u organizations", n_items), n_items);
    case ATLAS_SECTION_RESEARCH:
      return g_strdup_printf (ngettext ("%u publication", "%u publications", n_items), n_items);
    case ATLAS_SECTION_LEGISLATION:
      return g_strdup_printf (ngettext ("%u legal text", "%u legal texts", n_items), n_items);
    case ATLAS_SECTION_TIMELINE:
      return g_strdup_printf (ngettext ("%u dated event", "%u dated events", n_items), n_items);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * atlas_section_format_shown_count:
 * @n_items: how many items @section has
 * @n_shown: how many of them a filter shows
 *
 * Returns: (transfer full): "10 organizations, 3 shown", or only the
 *   count when all are shown
 */
char *
atlas_section_format_shown_count (AtlasSection section,
                                  guint        n_items,
                                  guint        n_shown)
{
  g_autofree char *count = atlas_section_format_count (section, n_items);

  if (n_shown == n_items)
    return g_steal_pointer (&count);

  /* TRANSLATORS: "10 organizations, 3 shown"; %s is the count of the
   * section's items ("10 organizations"), which has a gender of its own in
   * some languages: French says "10 organisations ; affichage : 3" */
  return g_strdup_printf (ngettext ("%s, %u shown", "%s, %u shown", n_shown), count, n_shown);
}

/* The helpline's number, never broken across lines: a child reading "116"
 * at the end of a line and "000" on the next may not see one number */
char *
atlas_helpline_format_number (AtlasHelpline *helpline)
{
  const char *number = atlas_helpline_get_number (helpline);

  return atlas_text_keep_together (number, number);
}

/* The helpline's description, with its number kept whole where it names it */
char *
atlas_helpline_format_description (AtlasHelpline *helpline)
{
  return atlas_text_keep_together (atlas_helpline_get_description (helpline),
                                   atlas_helpline_get_number (helpline));
}

/* "Source: World Bank (CC BY 4.0)" */
char *
atlas_source_format (const AtlasSource *source)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (source != NULL, NULL);

  if (source->license != NULL)
    name = g_strdup_printf ("%s (%s)", source->name, source->license);
  else
    name = g_strdup (source->name);

  /* TRANSLATORS: where a figure comes from */
  return g_strdup_printf (_("Source: %s"), name);
}

/* What a figure counts and when: "persons · 2020", "March 2016" */
char *
atlas_figure_format_context (const AtlasFigure *figure)
{
  g_autofree char *year = NULL;

  g_return_val_if_fail (figure != NULL, NULL);

  year = figure->period != NULL ? g_strdup (figure->period) : g_strdup_printf ("%d", figure->year);
  if (figure->counted != NULL)
    return g_strjoin (" · ", figure->counted, year, NULL);
  return g_steal_pointer (&year);
}

/* What the classroom-safe view shows in place of a sensitive text, in the
 * pages, the slides and the handouts alike */
const char *
atlas_classroom_safe_note (void)
{
  return _("The details of this offence are hidden in the classroom-safe view.");
}

/**
 * atlas_language_note:
 * @profile: the profile @what belongs to
 * @what: (nullable): an item of @profile, its helpline, or one of its texts
 * @legal: whether @what is the text of a law
 * @explanation: (out) (optional): a sentence that explains the note, for
 *   its tooltip
 *
 * What the reader is told about the language of @what when it is not
 * simply in the app's language: "English" when it kept its English text
 * for want of a translation, "Unofficial translation" when it is the
 * translated text of a law. Tags in the pages, lines in the slides and
 * handouts use it.
 *
 * Returns: (nullable): the note, or %NULL when there is nothing to say
 */
const char *
atlas_language_note (AtlasProfile   *profile,
                     gconstpointer   what,
                     gboolean        legal,
                     const char    **explanation)
{
  const char *note = NULL;
  const char *why = NULL;

  if (what != NULL && !g_str_equal (atlas_profile_get_language (profile), "en"))
    {
      if (atlas_profile_is_untranslated (profile, what))
        {
          /* TRANSLATORS: a tag on a text of the profile that has no translation yet and is shown in English */
          note = C_("language tag", "English");
          why = _("This text has no translation yet: it is shown in English, as the profile gives it.");
        }
      else if (legal)
        {
          /* TRANSLATORS: a tag on the translated text of a law */
          note = _("Unofficial translation");
          why = _("Translated for this app from the English of the profile. Only the official text of the law has legal force.");
        }
    }

  if (explanation != NULL)
    *explanation = why;

  return note;
}

/**
 * atlas_profile_format_subtitle:
 *
 * Returns: (transfer full): what the sidebar says under the country:
 *   "GRID profile, 2016", and with notes on later changes, the year of the
 *   newest: "GRID profile, 2016 · notes to 2024"
 */
char *
atlas_profile_format_subtitle (AtlasProfile *profile)
{
  AtlasNote *newest = atlas_profile_get_newest_note (profile);
  int edition = atlas_profile_get_edition_year (profile);

  if (newest == NULL || atlas_note_get_year (newest) == 0)
    /* TRANSLATORS: under the country name in the sidebar: "GRID profile, 2016" */
    return g_strdup_printf (_("GRID profile, %d"), edition);

  /* TRANSLATORS: under the country name in the sidebar, for a profile with
   * notes on what changed after its edition: "GRID profile, 2016 · notes
   * to 2024", the year of the newest note */
  return g_strdup_printf (_("GRID profile, %d · notes to %d"), edition, atlas_note_get_year (newest));
}

/**
 * atlas_profile_format_notes_summary:
 *
 * Returns: (transfer full) (nullable): what the Overview says of the
 *   profile's notes: "17 dated notes on what changed after the 2016
 *   edition and what it gets wrong; the newest is of 2024.", or %NULL
 *   without notes
 */
char *
atlas_profile_format_notes_summary (AtlasProfile *profile)
{
  guint n = atlas_profile_get_n_notes (profile);
  AtlasNote *newest = atlas_profile_get_newest_note (profile);
  int edition = atlas_profile_get_edition_year (profile);

  if (n == 0)
    return NULL;

  if (newest == NULL || atlas_note_get_year (newest) == 0)
    /* TRANSLATORS: on the Overview: "3 dated notes on what changed after the 2016 edition and what it gets wrong." */
    return g_strdup_printf (ngettext ("%u dated note on what changed after the %d edition and what it gets wrong.",
                                      "%u dated notes on what changed after the %d edition and what it gets wrong.", n),
                            n, edition);

  /* TRANSLATORS: on the Overview: "17 dated notes on what changed after the 2016 edition and what it gets wrong; the newest is of 2024." */
  return g_strdup_printf (ngettext ("%u dated note on what changed after the %d edition and what it gets wrong; the newest is of %d.",
                                    "%u dated notes on what changed after the %d edition and what it gets wrong; the newest is of %d.", n),
                          n, edition, atlas_note_get_year (newest));
}
