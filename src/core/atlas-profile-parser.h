/* atlas-profile-parser.h: builds a profile's models from its JSON tree
 *
 * Private to the profile loader (atlas-profile-loader.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "atlas-profile.h"

G_BEGIN_DECLS

guint atlas_profile_parse (AtlasProfile *self,
                           JsonObject   *root,
                           GPtrArray    *problems);

G_END_DECLS
