/* atlas-initiative.c: an education initiative
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-initiative"

#include "config.h"

#include "atlas-initiative.h"

struct _AtlasInitiative
{
  GObject parent_instance;

  char *id;
  char *title;
  int year;
  int end_year;
  char *description;
  char *url;
};

G_DEFINE_FINAL_TYPE (AtlasInitiative, atlas_initiative, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_YEAR,
  PROP_END_YEAR,
  PROP_DESCRIPTION,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_initiative_finalize (GObject *object)
{
  AtlasInitiative *self = ATLAS_INITIATIVE (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_free (self->url);

  G_OBJECT_CLASS (atlas_initiative_parent_class)->finalize (object);
}

static void
atlas_initiative_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasInitiative *self = ATLAS_INITIATIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_END_YEAR:
      g_value_set_int (value, self->end_year);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_initiative_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AtlasInitiative *self = ATLAS_INITIATIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_END_YEAR:
      self->end_year = g_value_get_int (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_URL:
      self->url = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_initiative_class_init (AtlasInitiativeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_initiative_finalize;
  object_class->get_property = atlas_initiative_get_property;
  object_class->set_property = atlas_initiative_set_property;

  /**
   * AtlasInitiative:id:
   *
   * The stable id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasInitiative:title:
   *
   * The short title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasInitiative:year:
   *
   * The first year.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasInitiative:end-year:
   *
   * The last year of a range, or 0.
   */
  properties[PROP_END_YEAR] =
    g_param_spec_int ("end-year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasInitiative:description:
   *
   * What was done.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasInitiative:url:
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
atlas_initiative_init (AtlasInitiative *self)
{
}

const char *
atlas_initiative_get_id (AtlasInitiative *self)
{
  g_return_val_if_fail (ATLAS_IS_INITIATIVE (self), NULL);

  return self->id;
}

const char *
atlas_initiative_get_title (AtlasInitiative *self)
{
  g_return_val_if_fail (ATLAS_IS_INITIATIVE (self), NULL);

  return self->title;
}

int
atlas_initiative_get_year (AtlasInitiative *self)
{
  g_return_val_if_fail (ATLAS_IS_INITIATIVE (self), 0);

  return self->year;
}

int
atlas_initiative_get_end_year (AtlasInitiative *self)
{
  g_return_val_if_fail (ATLAS_IS_INITIATIVE (self), 0);

  return self->end_year;
}

const char *
atlas_initiative_get_description (AtlasInitiative *self)
{
  g_return_val_if_fail (ATLAS_IS_INITIATIVE (self), NULL);

  return self->description;
}

const char *
atlas_initiative_get_url (AtlasInitiative *self)
{
  g_return_val_if_fail (ATLAS_IS_INITIATIVE (self), NULL);

  return self->url;
}
