/* atlas-section-rows.h: the rows of a section page, one per item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-item.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

GtkWidget *atlas_section_row_new (AtlasItem    *item,
                                  AtlasProfile *profile,
                                  gboolean      classroom_safe);

G_END_DECLS
