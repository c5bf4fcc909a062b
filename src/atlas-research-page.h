/* atlas-research-page.h: the publications of a profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_RESEARCH_PAGE (atlas_research_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasResearchPage, atlas_research_page, ATLAS, RESEARCH_PAGE, AdwBin)

GtkWidget   *atlas_research_page_new           (AtlasProfile      *profile);
GtkListView *atlas_research_page_get_list_view (AtlasResearchPage *self);
GListModel  *atlas_research_page_get_shown_items (AtlasResearchPage *self);
void         atlas_research_page_set_filter    (AtlasResearchPage *self,
                                                const char        *text);
gboolean     atlas_research_page_focus_item    (AtlasResearchPage *self,
                                                const char        *id);
void         atlas_research_page_export        (AtlasResearchPage *self,
                                                const char        *format,
                                                GFile             *file);

G_END_DECLS
