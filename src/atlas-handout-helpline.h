/* atlas-handout-helpline.h: the helpline at the top of a handout's first page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-profile.h"

G_BEGIN_DECLS

typedef struct _AtlasHandoutHelpline AtlasHandoutHelpline;

AtlasHandoutHelpline *atlas_handout_helpline_new    (AtlasProfile         *profile);
void                  atlas_handout_helpline_free   (AtlasHandoutHelpline *self);
double                atlas_handout_helpline_layout (AtlasHandoutHelpline *self,
                                                     GtkPrintContext      *context,
                                                     double                width);
void                  atlas_handout_helpline_draw   (AtlasHandoutHelpline *self,
                                                     cairo_t              *cr,
                                                     double                y);
PangoLayout          *atlas_handout_create_layout   (GtkPrintContext      *context,
                                                     const char           *font,
                                                     double                width,
                                                     const char           *text,
                                                     double               *height);
void                  atlas_handout_begin_link      (cairo_t              *cr,
                                                     const char           *url);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasHandoutHelpline, atlas_handout_helpline_free)

G_END_DECLS
