/* atlas-search-index.h: every item of a profile, searchable at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-enums.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SEARCH_INDEX (atlas_search_index_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearchIndex, atlas_search_index, ATLAS, SEARCH_INDEX, GObject)

AtlasSearchIndex *atlas_search_index_new         (AtlasProfile     *profile);

AtlasProfile     *atlas_search_index_get_profile (AtlasSearchIndex *self);
guint             atlas_search_index_get_n_items (AtlasSearchIndex *self);
AtlasSection      atlas_search_index_get_section (AtlasSearchIndex *self,
                                                  guint             item);
const char       *atlas_search_index_get_id      (AtlasSearchIndex *self,
                                                  guint             item);
const char       *atlas_search_index_get_title   (AtlasSearchIndex *self,
                                                  guint             item);
GListModel       *atlas_search_index_get_notes   (AtlasSearchIndex *self,
                                                  guint             item);
const char       *atlas_search_index_get_detail  (AtlasSearchIndex *self,
                                                  guint             item);
char             *atlas_search_index_get_snippet (AtlasSearchIndex *self,
                                                  guint             item,
                                                  const char       *folded_query);
int               atlas_search_index_lookup      (AtlasSearchIndex *self,
                                                  AtlasSection      section,
                                                  const char       *id);

GArray           *atlas_search_index_query       (AtlasSearchIndex *self,
                                                  const char       *query);

G_END_DECLS
