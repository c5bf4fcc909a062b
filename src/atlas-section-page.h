/* atlas-section-page.h: a page listing the items of one section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-context.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SECTION_PAGE (atlas_section_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSectionPage, atlas_section_page, ATLAS, SECTION_PAGE, AdwBin)

GtkWidget    *atlas_section_page_new         (AtlasContext     *context,
                                              AtlasProfile     *profile,
                                              AtlasSection      section);
AtlasSection  atlas_section_page_get_section (AtlasSectionPage *self);
GtkListBox   *atlas_section_page_get_list    (AtlasSectionPage *self);
GListModel   *atlas_section_page_get_shown_items (AtlasSectionPage *self);
gboolean      atlas_section_page_focus_item  (AtlasSectionPage *self,
                                              const char       *id);

G_END_DECLS
