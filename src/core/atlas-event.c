/* atlas-event.c: a dated event: an item of the source's timeline, or a dated item
 * of another section gathered for the Timeline page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event"

#include "config.h"

#include "atlas-event.h"

struct _AtlasEvent
{
  GObject parent_instance;

  char *id;
  int year;
  int end_year;
  char *title;
  char *description;
  AtlasSection section;
  char *item_id;
};

G_DEFINE_FINAL_TYPE (AtlasEvent, atlas_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_END_YEAR,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_SECTION,
  PROP_ITEM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_event_finalize (GObject *object)
{
  AtlasEvent *self = ATLAS_EVENT (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_free (self->item_id);

  G_OBJECT_CLASS (atlas_event_parent_class)->finalize (object);
}

static void
atlas_event_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasEvent *self = ATLAS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_END_YEAR:
      g_value_set_int (value, self->end_year);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_SECTION:
      g_value_set_enum (value, self->section);
      break;

    case PROP_ITEM_ID:
      g_value_set_string (value, self->item_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_event_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AtlasEvent *self = ATLAS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_END_YEAR:
      self->end_year = g_value_get_int (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_SECTION:
      self->section = g_value_get_enum (value);
      break;

    case PROP_ITEM_ID:
      self->item_id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_event_class_init (AtlasEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_event_finalize;
  object_class->get_property = atlas_event_get_property;
  object_class->set_property = atlas_event_set_property;

  /**
   * AtlasEvent:id:
   *
   * The stable id, unique among events.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasEvent:year:
   *
   * The year.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasEvent:end-year:
   *
   * The last year of a range, or 0.
   */
  properties[PROP_END_YEAR] =
    g_param_spec_int ("end-year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasEvent:title:
   *
   * The short title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasEvent:description:
   *
   * What happened.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasEvent:section:
   *
   * The section the event comes from.
   */
  properties[PROP_SECTION] =
    g_param_spec_enum ("section", NULL, NULL,
                       ATLAS_TYPE_SECTION, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasEvent:item-id:
   *
   * The id of the item it comes from.
   */
  properties[PROP_ITEM_ID] =
    g_param_spec_string ("item-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_event_init (AtlasEvent *self)
{
}

/**
 * atlas_event_new:
 * @item_id: the id of the item the event stands for in @section
 *
 * The same as g_object_new() with the construct-only properties, without
 * the property machinery: a profile can hold thousands of events.
 *
 * Returns: (transfer full): a new event
 */
AtlasEvent *
atlas_event_new (const char   *id,
                 int           year,
                 int           end_year,
                 const char   *title,
                 const char   *description,
                 AtlasSection  section,
                 const char   *item_id)
{
  AtlasEvent *self = g_object_new (ATLAS_TYPE_EVENT, NULL);

  self->id = g_strdup (id);
  self->year = year;
  self->end_year = end_year;
  self->title = g_strdup (title);
  self->description = g_strdup (description);
  self->section = section;
  self->item_id = g_strdup (item_id);

  return self;
}

const char *
atlas_event_get_id (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->id;
}

int
atlas_event_get_year (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);

  return self->year;
}

int
atlas_event_get_end_year (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);

  return self->end_year;
}

const char *
atlas_event_get_title (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->title;
}

const char *
atlas_event_get_description (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->description;
}

AtlasSection
atlas_event_get_section (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);

  return self->section;
}

const char *
atlas_event_get_item_id (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->item_id;
}
