/* atlas-police-unit.c: a law enforcement unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-police-unit"

#include "config.h"

#include "atlas-police-unit.h"

struct _AtlasPoliceUnit
{
  GObject parent_instance;

  char *id;
  char *acronym;
  char *name;
  AtlasLevel level;
  char *remit;
  char *url;
};

G_DEFINE_FINAL_TYPE (AtlasPoliceUnit, atlas_police_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ACRONYM,
  PROP_NAME,
  PROP_LEVEL,
  PROP_REMIT,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_police_unit_finalize (GObject *object)
{
  AtlasPoliceUnit *self = ATLAS_POLICE_UNIT (object);

  g_free (self->id);
  g_free (self->acronym);
  g_free (self->name);
  g_free (self->remit);
  g_free (self->url);

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
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_ACRONYM:
      g_value_set_string (value, self->acronym);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, self->level);
      break;

    case PROP_REMIT:
      g_value_set_string (value, self->remit);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
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
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_ACRONYM:
      self->acronym = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_LEVEL:
      self->level = g_value_get_enum (value);
      break;

    case PROP_REMIT:
      self->remit = g_value_dup_string (value);
      break;

    case PROP_URL:
      self->url = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_police_unit_class_init (AtlasPoliceUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_police_unit_finalize;
  object_class->get_property = atlas_police_unit_get_property;
  object_class->set_property = atlas_police_unit_set_property;

  /**
   * AtlasPoliceUnit:id:
   *
   * The stable id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPoliceUnit:acronym:
   *
   * The unit's acronym.
   */
  properties[PROP_ACRONYM] =
    g_param_spec_string ("acronym", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPoliceUnit:name:
   *
   * The unit's full name, or %NULL.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPoliceUnit:level:
   *
   * Where it works: national, regional or district level.
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       ATLAS_TYPE_LEVEL, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPoliceUnit:remit:
   *
   * What it does.
   */
  properties[PROP_REMIT] =
    g_param_spec_string ("remit", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPoliceUnit:url:
   *
   * A web address, or %NULL.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_police_unit_init (AtlasPoliceUnit *self)
{
}

const char *
atlas_police_unit_get_id (AtlasPoliceUnit *self)
{
  g_return_val_if_fail (ATLAS_IS_POLICE_UNIT (self), NULL);

  return self->id;
}

const char *
atlas_police_unit_get_acronym (AtlasPoliceUnit *self)
{
  g_return_val_if_fail (ATLAS_IS_POLICE_UNIT (self), NULL);

  return self->acronym;
}

const char *
atlas_police_unit_get_name (AtlasPoliceUnit *self)
{
  g_return_val_if_fail (ATLAS_IS_POLICE_UNIT (self), NULL);

  return self->name;
}

AtlasLevel
atlas_police_unit_get_level (AtlasPoliceUnit *self)
{
  g_return_val_if_fail (ATLAS_IS_POLICE_UNIT (self), 0);

  return self->level;
}

const char *
atlas_police_unit_get_remit (AtlasPoliceUnit *self)
{
  g_return_val_if_fail (ATLAS_IS_POLICE_UNIT (self), NULL);

  return self->remit;
}

const char *
atlas_police_unit_get_url (AtlasPoliceUnit *self)
{
  g_return_val_if_fail (ATLAS_IS_POLICE_UNIT (self), NULL);

  return self->url;
}
