/* atlas-columns.h: cards side by side, in as many equal columns as fit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_COLUMNS (atlas_columns_get_type ())

G_DECLARE_FINAL_TYPE (AtlasColumns, atlas_columns, ATLAS, COLUMNS, GtkWidget)

GtkWidget *atlas_columns_new                 (void);
void       atlas_columns_append              (AtlasColumns *self,
                                              GtkWidget    *child);
guint      atlas_columns_get_max_columns     (AtlasColumns *self);
void       atlas_columns_set_max_columns     (AtlasColumns *self,
                                              guint         max_columns);
int        atlas_columns_get_spacing         (AtlasColumns *self);
void       atlas_columns_set_spacing         (AtlasColumns *self,
                                              int           spacing);
guint      atlas_columns_get_columns_for_width (AtlasColumns *self,
                                                int           width);

G_END_DECLS
