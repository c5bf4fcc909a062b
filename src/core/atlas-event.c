/* atlas-event.c: a dated event: an item of the source's timeline, or a dated item
 * of another section gathered for the Timeline page
 *
 * An event gathered from another section has the id, years, title and
 * description of the item it stands for, and belongs to that item's
 * section (atlas_item_get_section()): the Timeline says where it comes
 * from and leads there. Its texts are translated as that item's are; it
 * shows that item's notes, the same objects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-event"

#include "config.h"

#include "atlas-event.h"

struct _AtlasEvent
{
  AtlasItem parent_instance;

  AtlasSection section;
  /* Those of the class of the item it stands for */
  const char *title_context;
  const char *description_context;
};

G_DEFINE_FINAL_TYPE (AtlasEvent, atlas_event, ATLAS_TYPE_ITEM)

enum {
  PROP_0,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_event_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasEvent *self = ATLAS_EVENT (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_enum (value, self->section);
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
    case PROP_SECTION:
      self->section = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static AtlasSection
atlas_event_get_section (AtlasItem *item)
{
  return ATLAS_EVENT (item)->section;
}

static void
atlas_event_add_translations (AtlasItem         *item,
                              AtlasTranslations *translations)
{
  AtlasEvent *self = ATLAS_EVENT (item);

  atlas_item_add_text_translations (item, translations,
                                    self->title_context, self->description_context);
}

static void
atlas_event_class_init (AtlasEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AtlasItemClass *item_class = ATLAS_ITEM_CLASS (klass);

  object_class->get_property = atlas_event_get_property;
  object_class->set_property = atlas_event_set_property;

  item_class->section = ATLAS_SECTION_TIMELINE;
  item_class->title_context = "event title";
  item_class->description_context = "event description";
  item_class->get_section = atlas_event_get_section;
  item_class->format_search_detail = atlas_item_format_dated_extract;
  item_class->add_translations = atlas_event_add_translations;

  /**
   * AtlasEvent:section:
   *
   * The section the event comes from: the Timeline, or that of the item
   * it stands for.
   */
  properties[PROP_SECTION] =
    g_param_spec_enum ("section", NULL, NULL,
                       ATLAS_TYPE_SECTION, ATLAS_SECTION_TIMELINE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_event_init (AtlasEvent *self)
{
  AtlasItemClass *item_class = g_type_class_peek (ATLAS_TYPE_EVENT);

  self->section = ATLAS_SECTION_TIMELINE;
  self->title_context = item_class->title_context;
  self->description_context = item_class->description_context;
}

/**
 * atlas_event_new:
 *
 * An event of the source's timeline. The same as g_object_new() with the
 * construct-only properties, without the property machinery: a profile
 * can hold thousands of events.
 *
 * Returns: (transfer full): a new event
 */
AtlasEvent *
atlas_event_new (const char *id,
                 int         year,
                 int         end_year,
                 const char *title,
                 const char *description)
{
  AtlasEvent *self = g_object_new (ATLAS_TYPE_EVENT, NULL);

  atlas_item_set_fields (ATLAS_ITEM (self), id, title, year, end_year, description, NULL);

  return self;
}

/**
 * atlas_event_new_for_item:
 * @item: a dated item of another section than the Timeline
 *
 * An event that stands for @item on the Timeline: its id, years, title,
 * description and notes, in @item's section.
 *
 * Returns: (transfer full): a new event
 */
AtlasEvent *
atlas_event_new_for_item (AtlasItem *item)
{
  AtlasItemClass *item_class;
  AtlasEvent *self;

  g_return_val_if_fail (ATLAS_IS_ITEM (item), NULL);

  item_class = ATLAS_ITEM_GET_CLASS (item);
  self = atlas_event_new (atlas_item_get_id (item),
                          atlas_item_get_year (item), atlas_item_get_end_year (item),
                          atlas_item_get_title (item), atlas_item_get_description (item));
  self->section = atlas_item_get_section (item);
  atlas_item_share_notes (ATLAS_ITEM (self), item);
  self->title_context = item_class->title_context;
  self->description_context = item_class->description_context;

  return self;
}
