/* atlas-helpline.h: a helpline for children
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-figure.h"
#include "atlas-translations.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_HELPLINE (atlas_helpline_get_type ())

G_DECLARE_FINAL_TYPE (AtlasHelpline, atlas_helpline, ATLAS, HELPLINE, GObject)

const char *        atlas_helpline_get_name (AtlasHelpline *self);
const char *        atlas_helpline_get_number (AtlasHelpline *self);
const char *        atlas_helpline_get_cost (AtlasHelpline *self);
const char *        atlas_helpline_get_hours (AtlasHelpline *self);
const char * const *atlas_helpline_get_channels (AtlasHelpline *self);
const char *        atlas_helpline_get_description (AtlasHelpline *self);
const char *        atlas_helpline_get_url (AtlasHelpline *self);
AtlasSource *       atlas_helpline_get_source (AtlasHelpline *self);
GListModel *        atlas_helpline_get_notes (AtlasHelpline *self);

void                atlas_helpline_add_translations (AtlasHelpline     *self,
                                                     AtlasTranslations *translations);

G_END_DECLS
