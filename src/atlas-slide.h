/* atlas-slide.h: one item of a section, as the presentation shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-enums.h"
#include "atlas-figure.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SLIDE (atlas_slide_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSlide, atlas_slide, ATLAS, SLIDE, GObject)

AtlasSlide   *atlas_slide_new          (AtlasSection  section,
                                        const char   *item_id,
                                        const char   *kicker,
                                        const char   *title,
                                        const char   *body,
                                        const char   *footer,
                                        gboolean      sensitive);
GListModel   *atlas_slide_list_new     (AtlasProfile *profile,
                                        AtlasSection  section);
GListModel   *atlas_slide_list_new_for_items (AtlasProfile *profile,
                                              AtlasSection  section,
                                              GListModel   *items);

AtlasSection  atlas_slide_get_section  (AtlasSlide   *self);
const char   *atlas_slide_get_item_id  (AtlasSlide   *self);
const char   *atlas_slide_get_kicker   (AtlasSlide   *self);
const char   *atlas_slide_get_title    (AtlasSlide   *self);
const char   *atlas_slide_get_body     (AtlasSlide   *self);
const char   *atlas_slide_get_footer   (AtlasSlide   *self);
const char   *atlas_slide_get_notes    (AtlasSlide   *self);
gboolean      atlas_slide_get_sensitive (AtlasSlide  *self);
const char   *atlas_slide_get_website  (AtlasSlide   *self);
AtlasSeries  *atlas_slide_get_series   (AtlasSlide   *self);

G_END_DECLS
