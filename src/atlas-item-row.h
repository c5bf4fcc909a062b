/* atlas-item-row.h: an item in the list of a section page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-item.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_ITEM_ROW (atlas_item_row_get_type ())

G_DECLARE_FINAL_TYPE (AtlasItemRow, atlas_item_row, ATLAS, ITEM_ROW, GtkListBoxRow)

GtkWidget *atlas_item_row_new               (AtlasItem    *item,
                                             AtlasProfile *profile,
                                             gboolean      classroom_safe);
AtlasItem *atlas_item_row_get_item          (AtlasItemRow *self);
gboolean   atlas_item_row_get_classroom_safe (AtlasItemRow *self);
gboolean   atlas_item_row_get_hiding_details (AtlasItemRow *self);

G_END_DECLS
