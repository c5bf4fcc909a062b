/* atlas-item.h: what every item of a profile's sections has
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-enums.h"
#include "atlas-translations.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_ITEM (atlas_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (AtlasItem, atlas_item, ATLAS, ITEM, GObject)

/**
 * AtlasItemClass:
 * @section: the section whose model holds the items of the class
 * @title_context: the context the title is translated in (see
 *   build-aux/extract-profile-strings.py), or %NULL when it stays as
 *   published
 * @description_context: the same for the description
 * @get_section: the section the item belongs to; @section unless the item
 *   stands for an item of another section
 * @get_sensitive: whether the profile marks the item's text as sensitive
 * @format_title: the title as a heading shows it
 * @format_facts: the line that places the item: its years, its kind,
 *   where a law is; %NULL when there is nothing to say
 * @format_body: the whole text of the item, for a slide or a handout
 * @format_footer: a line under the text, or %NULL
 * @format_search_detail: the line under the title in a list of results
 * @add_search_texts: appends the texts a search looks in, besides the
 *   title and the description
 * @add_translations: registers the texts of the item that are translated
 *
 * Each item class of a section says in these, once, what is particular to
 * it; the pages, slides and search treat every item the same way.
 */
struct _AtlasItemClass
{
  GObjectClass parent_class;

  AtlasSection  section;
  const char   *title_context;
  const char   *description_context;

  AtlasSection (*get_section)          (AtlasItem         *self);
  gboolean     (*get_sensitive)        (AtlasItem         *self);
  char        *(*format_title)         (AtlasItem         *self);
  char        *(*format_facts)         (AtlasItem         *self);
  char        *(*format_body)          (AtlasItem         *self);
  char        *(*format_footer)        (AtlasItem         *self);
  char        *(*format_search_detail) (AtlasItem         *self);
  void         (*add_search_texts)     (AtlasItem         *self,
                                        GPtrArray         *texts);
  void         (*add_translations)     (AtlasItem         *self,
                                        AtlasTranslations *translations);
};

const char  *atlas_item_get_id                (AtlasItem         *self);
const char  *atlas_item_get_title             (AtlasItem         *self);
int          atlas_item_get_year              (AtlasItem         *self);
int          atlas_item_get_end_year          (AtlasItem         *self);
const char  *atlas_item_get_description       (AtlasItem         *self);
const char  *atlas_item_get_url               (AtlasItem         *self);
GListModel  *atlas_item_get_notes             (AtlasItem         *self);
AtlasSection atlas_item_get_section           (AtlasItem         *self);
gboolean     atlas_item_get_sensitive         (AtlasItem         *self);
gboolean     atlas_item_is_law                (AtlasItem         *self);

char        *atlas_item_format_title          (AtlasItem         *self);
char        *atlas_item_format_facts          (AtlasItem         *self);
char        *atlas_item_format_body           (AtlasItem         *self);
char        *atlas_item_format_footer         (AtlasItem         *self);
char        *atlas_item_format_search_detail  (AtlasItem         *self);
void         atlas_item_add_search_texts      (AtlasItem         *self,
                                               GPtrArray         *texts);
void         atlas_item_add_translations      (AtlasItem         *self,
                                               AtlasTranslations *translations);

/* For the item classes */
void         atlas_item_set_fields            (AtlasItem         *self,
                                               const char        *id,
                                               const char        *title,
                                               int                year,
                                               int                end_year,
                                               const char        *description,
                                               const char        *url);
void         atlas_item_add_text_translations (AtlasItem         *self,
                                               AtlasTranslations *translations,
                                               const char        *title_context,
                                               const char        *description_context);
char        *atlas_item_format_dated_extract  (AtlasItem         *self);

/* For the loader */
void         atlas_item_set_notes             (AtlasItem         *self,
                                               GListModel        *notes);
void         atlas_item_share_notes           (AtlasItem         *self,
                                               AtlasItem         *owner);

G_END_DECLS
