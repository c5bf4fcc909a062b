/* atlas-publication-row.h: a publication in the Research list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-profile.h"
#include "atlas-publication.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PUBLICATION_ROW (atlas_publication_row_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPublicationRow, atlas_publication_row, ATLAS, PUBLICATION_ROW, GtkWidget)

GtkWidget        *atlas_publication_row_new             (AtlasProfile        *profile);
AtlasPublication *atlas_publication_row_get_publication (AtlasPublicationRow *self);
void              atlas_publication_row_set_publication (AtlasPublicationRow *self,
                                                         AtlasPublication    *publication);
gboolean          atlas_publication_row_get_expanded    (AtlasPublicationRow *self);
void              atlas_publication_row_set_expanded    (AtlasPublicationRow *self,
                                                         gboolean             expanded);
gboolean          atlas_publication_row_get_is_long     (AtlasPublicationRow *self);

G_END_DECLS
