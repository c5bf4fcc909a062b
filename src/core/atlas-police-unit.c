/* atlas-police-unit.c: a law enforcement unit
 *
 * Its title is its name, translated, or its acronym when the profile gives
 * no name; its description is its remit, translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-police-unit"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-police-unit.h"

struct _AtlasPoliceUnit
{
  AtlasItem parent_instance;

  char *acronym;
  AtlasLevel level;
};

G_DEFINE_FINAL_TYPE (AtlasPoliceUnit, atlas_police_unit, ATLAS_TYPE_ITEM)

enum {
  PROP_0,
  PROP_ACRONYM,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_police_unit_finalize (GObject *object)
{
  AtlasPoliceUnit *self = ATLAS_POLICE_UNIT (object);

  g_free (self->acronym);

  G_OBJECT_CLASS (atlas_police_unit_parent_class)->finalize (object);
}

static void
atlas_police_unit_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasPoliceUnit *self = ATLAS_POLICE_UNIT (object);

  switch (prop_id)
    {
    case PROP_ACRONYM:
      g_value_set_string (value, self->acronym);
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_police_unit_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasPoliceUnit *self = ATLAS_POLICE_UNIT (object);

  switch (prop_id)
    {
    case PROP_ACRONYM:
      self->acronym = g_value_dup_string (value);
      break;

    case PROP_LEVEL:
      self->level = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Whether the profile gives a name, which is then the title */
static gboolean
has_name (AtlasPoliceUnit *self)
{
  return g_strcmp0 (atlas_item_get_title (ATLAS_ITEM (self)), self->acronym) != 0;
}

/* "FCCU: Federal Computer Crime Unit", or the acronym alone */
static char *
atlas_police_unit_format_title (AtlasItem *item)
{
  AtlasPoliceUnit *self = ATLAS_POLICE_UNIT (item);

  if (has_name (self))
    /* TRANSLATORS: a unit's acronym and its full name: "FCCU: Federal Computer Crime Unit" */
    return g_strdup_printf (_("%s: %s"), self->acronym, atlas_item_get_title (item));

  return g_strdup (self->acronym);
}

/* "National level" */
static char *
atlas_police_unit_format_facts (AtlasItem *item)
{
  return g_strdup (atlas_level_get_title (ATLAS_POLICE_UNIT (item)->level));
}

static void
atlas_police_unit_add_search_texts (AtlasItem *item,
                                    GPtrArray *texts)
{
  g_ptr_array_add (texts, ATLAS_POLICE_UNIT (item)->acronym);
}

/* The acronym is never translated; a name is */
static void
atlas_police_unit_add_translations (AtlasItem         *item,
                                    AtlasTranslations *translations)
{
  atlas_item_add_text_translations (item, translations,
                                    has_name (ATLAS_POLICE_UNIT (item)) ? "police unit name" : NULL,
                                    "police unit remit");
}

static void
atlas_police_unit_class_init (AtlasPoliceUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AtlasItemClass *item_class = ATLAS_ITEM_CLASS (klass);

  object_class->finalize = atlas_police_unit_finalize;
  object_class->get_property = atlas_police_unit_get_property;
  object_class->set_property = atlas_police_unit_set_property;

  item_class->section = ATLAS_SECTION_LAW_ENFORCEMENT;
  item_class->format_title = atlas_police_unit_format_title;
  item_class->format_facts = atlas_police_unit_format_facts;
  item_class->add_search_texts = atlas_police_unit_add_search_texts;
  item_class->add_translations = atlas_police_unit_add_translations;

  /**
   * AtlasPoliceUnit:acronym:
   *
   * The acronym, as the unit writes it: "FCCU".
   */
  properties[PROP_ACRONYM] =
    g_param_spec_string ("acronym", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPoliceUnit:level:
   *
   * The level the unit works at.
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       ATLAS_TYPE_LEVEL, ATLAS_LEVEL_NATIONAL,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_police_unit_init (AtlasPoliceUnit *self)
{
}

const char *
atlas_police_unit_get_acronym (AtlasPoliceUnit *self)
{
  g_return_val_if_fail (ATLAS_IS_POLICE_UNIT (self), NULL);

  return self->acronym;
}

AtlasLevel
atlas_police_unit_get_level (AtlasPoliceUnit *self)
{
  g_return_val_if_fail (ATLAS_IS_POLICE_UNIT (self), ATLAS_LEVEL_NATIONAL);

  return self->level;
}

/* "National level": the level of a police unit */
const char *
atlas_level_get_title (AtlasLevel level)
{
  switch (level)
    {
    case ATLAS_LEVEL_NATIONAL:
      return _("National level");
    case ATLAS_LEVEL_REGIONAL:
      return _("Regional level");
    case ATLAS_LEVEL_DISTRICT:
      return _("District level");
    default:
      g_return_val_if_reached (NULL);
    }
}
