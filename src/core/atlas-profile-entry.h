/* atlas-profile-entry.h: a profile the app knows of, for the switcher
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-profile.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROFILE_ENTRY (atlas_profile_entry_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProfileEntry, atlas_profile_entry, ATLAS, PROFILE_ENTRY, GObject)

AtlasProfileEntry *atlas_profile_entry_new              (const char        *uri,
                                                         AtlasProfile      *profile);
const char        *atlas_profile_entry_get_uri          (AtlasProfileEntry *self);
const char        *atlas_profile_entry_get_country_code (AtlasProfileEntry *self);
const char        *atlas_profile_entry_get_country_name (AtlasProfileEntry *self);
int                atlas_profile_entry_get_edition_year (AtlasProfileEntry *self);

G_END_DECLS
