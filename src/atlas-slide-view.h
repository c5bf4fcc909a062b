/* atlas-slide-view.h: one slide, its text fitted to the space it has
 *
 * A slide too long for one screen at the smallest size is split into
 * parts (n-parts, part): a presentation steps through them before moving
 * on, and moves back to the last part of the previous slide by setting
 * the part to G_MAXUINT after the slide (see atlas-slide-view.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-slide.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SLIDE_VIEW (atlas_slide_view_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSlideView, atlas_slide_view, ATLAS, SLIDE_VIEW, GtkWidget)

GtkWidget  *atlas_slide_view_new                (void);
AtlasSlide *atlas_slide_view_get_slide          (AtlasSlideView *self);
void        atlas_slide_view_set_slide          (AtlasSlideView *self,
                                                 AtlasSlide     *slide);
const char *atlas_slide_view_get_heading        (AtlasSlideView *self);
void        atlas_slide_view_set_heading        (AtlasSlideView *self,
                                                 const char     *heading);
const char *atlas_slide_view_get_counter        (AtlasSlideView *self);
void        atlas_slide_view_set_counter        (AtlasSlideView *self,
                                                 const char     *counter);
gboolean    atlas_slide_view_get_hiding_details (AtlasSlideView *self);
void        atlas_slide_view_set_hiding_details (AtlasSlideView *self,
                                                 gboolean        hiding_details);
double      atlas_slide_view_get_text_size      (AtlasSlideView *self);
guint       atlas_slide_view_get_n_parts        (AtlasSlideView *self);
guint       atlas_slide_view_get_part           (AtlasSlideView *self);
void        atlas_slide_view_set_part           (AtlasSlideView *self,
                                                 guint           part);

G_END_DECLS
