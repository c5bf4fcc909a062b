/* atlas-sections.c: how the sections of a profile are named and drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-sections"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-sections.h"

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
