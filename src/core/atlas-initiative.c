/* atlas-initiative.c: an education initiative
 *
 * All it has is what every item has (atlas-item.c): a title, its years, a
 * description and an address. Its title and description are translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-initiative"

#include "config.h"

#include "atlas-initiative.h"

struct _AtlasInitiative
{
  AtlasItem parent_instance;
};

G_DEFINE_FINAL_TYPE (AtlasInitiative, atlas_initiative, ATLAS_TYPE_ITEM)

static void
atlas_initiative_class_init (AtlasInitiativeClass *klass)
{
  AtlasItemClass *item_class = ATLAS_ITEM_CLASS (klass);

  item_class->section = ATLAS_SECTION_EDUCATION;
  item_class->title_context = "initiative title";
  item_class->description_context = "initiative description";
  item_class->format_search_detail = atlas_item_format_dated_extract;
}

static void
atlas_initiative_init (AtlasInitiative *self)
{
}
