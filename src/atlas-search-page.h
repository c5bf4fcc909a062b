/* atlas-search-page.h: the results of a search of the whole profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SEARCH_PAGE (atlas_search_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearchPage, atlas_search_page, ATLAS, SEARCH_PAGE, AdwBin)

GtkWidget  *atlas_search_page_new            (AtlasProfile    *profile);
const char *atlas_search_page_get_query      (AtlasSearchPage *self);
void        atlas_search_page_set_query      (AtlasSearchPage *self,
                                              const char      *query);
guint       atlas_search_page_get_n_results  (AtlasSearchPage *self);
gboolean    atlas_search_page_activate_first (AtlasSearchPage *self);
gboolean    atlas_search_page_focus_first    (AtlasSearchPage *self);

G_END_DECLS
