/* atlas-presentation.h: a section shown full screen, one item per slide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-context.h"
#include "atlas-profile.h"
#include "atlas-slide.h"

G_BEGIN_DECLS

typedef enum {
  ATLAS_BLANK_NONE,
  ATLAS_BLANK_BLACK,
  ATLAS_BLANK_WHITE,
} AtlasBlank;

#define ATLAS_TYPE_BLANK (atlas_blank_get_type ())
GType atlas_blank_get_type (void) G_GNUC_CONST;

#define ATLAS_TYPE_PRESENTATION (atlas_presentation_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPresentation, atlas_presentation, ATLAS, PRESENTATION, AdwWindow)

AtlasPresentation *atlas_presentation_new          (GtkApplication    *application,
                                                    AtlasContext      *context,
                                                    AtlasProfile      *profile,
                                                    AtlasSection       section);
AtlasPresentation *atlas_presentation_new_for_items (GtkApplication *application,
                                                     AtlasContext   *context,
                                                     AtlasProfile   *profile,
                                                     AtlasSection    section,
                                                     GListModel     *items);
gboolean           atlas_presentation_show_item    (AtlasPresentation *self,
                                                    const char        *id);
gboolean           atlas_presentation_get_at_end   (AtlasPresentation *self);
void               atlas_presentation_start        (AtlasPresentation *self,
                                                    GtkWindow         *parent);
GListModel        *atlas_presentation_get_slides   (AtlasPresentation *self);
guint              atlas_presentation_get_position (AtlasPresentation *self);
void               atlas_presentation_set_position (AtlasPresentation *self,
                                                    guint              position);
AtlasSlide        *atlas_presentation_get_slide    (AtlasPresentation *self);
AtlasBlank         atlas_presentation_get_blank    (AtlasPresentation *self);
void               atlas_presentation_set_blank    (AtlasPresentation *self,
                                                    AtlasBlank         blank);
guint              atlas_presentation_get_pointer_hide_delay (AtlasPresentation *self);
void               atlas_presentation_set_pointer_hide_delay (AtlasPresentation *self,
                                                              guint              delay);
double             atlas_presentation_get_text_size (AtlasPresentation *self);
gboolean           atlas_presentation_get_inhibiting (AtlasPresentation *self);
gboolean           atlas_presentation_get_hiding_details (AtlasPresentation *self);

G_END_DECLS
