/* atlas-initiative.h: an education initiative
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>


G_BEGIN_DECLS

#define ATLAS_TYPE_INITIATIVE (atlas_initiative_get_type ())

G_DECLARE_FINAL_TYPE (AtlasInitiative, atlas_initiative, ATLAS, INITIATIVE, GObject)

const char *atlas_initiative_get_id (AtlasInitiative *self);
const char *atlas_initiative_get_title (AtlasInitiative *self);
int         atlas_initiative_get_year (AtlasInitiative *self);
int         atlas_initiative_get_end_year (AtlasInitiative *self);
const char *atlas_initiative_get_description (AtlasInitiative *self);
const char *atlas_initiative_get_url (AtlasInitiative *self);

G_END_DECLS
