/* atlas-presentation-bar.h: the presentation's controls for a pointer or a finger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_PRESENTATION_BAR (atlas_presentation_bar_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPresentationBar, atlas_presentation_bar, ATLAS, PRESENTATION_BAR, GtkWidget)

GtkWidget  *atlas_presentation_bar_new         (void);
const char *atlas_presentation_bar_get_counter (AtlasPresentationBar *self);
void        atlas_presentation_bar_set_counter (AtlasPresentationBar *self,
                                                const char           *counter);
gboolean    atlas_presentation_bar_get_hovered (AtlasPresentationBar *self);

G_END_DECLS
