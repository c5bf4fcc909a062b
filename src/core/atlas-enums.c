/* atlas-enums.c: the enumerations of the profile format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-enums"

#include "config.h"

#include "atlas-enums.h"

/* The nicks are the words of the file format (docs/profile-format.md). */

G_DEFINE_ENUM_TYPE (AtlasSection, atlas_section,
  G_DEFINE_ENUM_VALUE (ATLAS_SECTION_OVERVIEW, "overview"),
  G_DEFINE_ENUM_VALUE (ATLAS_SECTION_EDUCATION, "education"),
  G_DEFINE_ENUM_VALUE (ATLAS_SECTION_LAW_ENFORCEMENT, "law-enforcement"),
  G_DEFINE_ENUM_VALUE (ATLAS_SECTION_ORGANIZATIONS, "organizations"),
  G_DEFINE_ENUM_VALUE (ATLAS_SECTION_RESEARCH, "research"),
  G_DEFINE_ENUM_VALUE (ATLAS_SECTION_LEGISLATION, "legislation"),
  G_DEFINE_ENUM_VALUE (ATLAS_SECTION_TIMELINE, "timeline"))

G_DEFINE_ENUM_TYPE (AtlasFigureUnit, atlas_figure_unit,
  G_DEFINE_ENUM_VALUE (ATLAS_FIGURE_UNIT_COUNT, "count"),
  G_DEFINE_ENUM_VALUE (ATLAS_FIGURE_UNIT_PERCENT, "percent"),
  G_DEFINE_ENUM_VALUE (ATLAS_FIGURE_UNIT_PER_100, "per-100"))

G_DEFINE_ENUM_TYPE (AtlasOrganizationKind, atlas_organization_kind,
  G_DEFINE_ENUM_VALUE (ATLAS_ORGANIZATION_KIND_NGO, "ngo"),
  G_DEFINE_ENUM_VALUE (ATLAS_ORGANIZATION_KIND_GOVERNMENT, "government"),
  G_DEFINE_ENUM_VALUE (ATLAS_ORGANIZATION_KIND_LAW_ENFORCEMENT, "law-enforcement"),
  G_DEFINE_ENUM_VALUE (ATLAS_ORGANIZATION_KIND_INTERNATIONAL_ORGANIZATION, "international-organization"),
  G_DEFINE_ENUM_VALUE (ATLAS_ORGANIZATION_KIND_INDUSTRY_ASSOCIATION, "industry-association"),
  G_DEFINE_ENUM_VALUE (ATLAS_ORGANIZATION_KIND_EDUCATION_RESOURCE, "education-resource"),
  G_DEFINE_ENUM_VALUE (ATLAS_ORGANIZATION_KIND_CAMPAIGN, "campaign"))

G_DEFINE_ENUM_TYPE (AtlasScope, atlas_scope,
  G_DEFINE_ENUM_VALUE (ATLAS_SCOPE_NATIONAL, "national"),
  G_DEFINE_ENUM_VALUE (ATLAS_SCOPE_REGIONAL, "regional"),
  G_DEFINE_ENUM_VALUE (ATLAS_SCOPE_EUROPEAN, "european"),
  G_DEFINE_ENUM_VALUE (ATLAS_SCOPE_INTERNATIONAL, "international"))

G_DEFINE_ENUM_TYPE (AtlasLevel, atlas_level,
  G_DEFINE_ENUM_VALUE (ATLAS_LEVEL_NATIONAL, "national"),
  G_DEFINE_ENUM_VALUE (ATLAS_LEVEL_REGIONAL, "regional"),
  G_DEFINE_ENUM_VALUE (ATLAS_LEVEL_DISTRICT, "district"))

G_DEFINE_ENUM_TYPE (AtlasLegalKind, atlas_legal_kind,
  G_DEFINE_ENUM_VALUE (ATLAS_LEGAL_KIND_INSTRUMENT, "instrument"),
  G_DEFINE_ENUM_VALUE (ATLAS_LEGAL_KIND_JURISDICTION, "jurisdiction"),
  G_DEFINE_ENUM_VALUE (ATLAS_LEGAL_KIND_ARTICLE, "article"))

G_DEFINE_ENUM_TYPE (AtlasNoteKind, atlas_note_kind,
  G_DEFINE_ENUM_VALUE (ATLAS_NOTE_KIND_UPDATE, "update"),
  G_DEFINE_ENUM_VALUE (ATLAS_NOTE_KIND_CORRECTION, "correction"))

/**
 * atlas_enum_to_nick:
 *
 * Returns: (transfer none) (nullable): the nick of @value, or %NULL
 */
const char *
atlas_enum_to_nick (GType enum_type,
                    int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : NULL;
}

gboolean
atlas_enum_from_nick (GType       enum_type,
                      const char *nick,
                      int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v;

  g_return_val_if_fail (nick != NULL, FALSE);

  v = g_enum_get_value_by_nick (klass, nick);
  if (v == NULL)
    return FALSE;

  if (value != NULL)
    *value = v->value;
  return TRUE;
}

/**
 * atlas_enum_list_nicks:
 *
 * Returns: (transfer full): the nicks of @enum_type, separated by ", "
 */
char *
atlas_enum_list_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, klass->values[i].value_nick);
    }

  return g_string_free (s, FALSE);
}
