/* atlas-overview-page.h: the first page: statistics, helpline, contents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_OVERVIEW_PAGE (atlas_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasOverviewPage, atlas_overview_page, ATLAS, OVERVIEW_PAGE, AdwBin)

GtkWidget *atlas_overview_page_new        (AtlasProfile      *profile);
gboolean   atlas_overview_page_focus_item (AtlasOverviewPage *self,
                                           const char        *id);

G_END_DECLS
